import { createModelRegistry, type ModelRegistry } from './catalog/models';
import { createPolicyCatalogService, type PolicyCatalogService } from './catalog/policies';
import { StagedFiles } from './bundle/staged-files';
import type { ImportOptions } from './bundle/import';
import { documentUpgrader } from './assessment/model-upgrade';
import type { Host } from './host';
import { openStore, type Store } from './store';
import { upgradeStoredAssessments, type StoredUpgradeReport } from './assessment/stored-upgrade';

/**
 * Everything a handler may use. Built once per process by createContext(); each domain adds
 * its service here (store, catalog, reports…). Nothing here imports electron.
 */
export interface ServiceContext {
  readonly host: Host;
  /** the local database in host.dataDir (one process per data folder) */
  readonly store: Store;
  /** whether a questionnaire (id, version) is installed; bundle import and assessment.create ask it */
  readonly isKnownModel: (modelId: string, version: string) => boolean;
  /** what bundle import needs of the models: is a version installed, and how to upgrade an older one */
  readonly bundleImport: ImportOptions;
  /** subsidy and AI-scenario catalogs (assessments/policies, assessments/scenarios), loaded on first use */
  readonly policies: PolicyCatalogService;
  /** assessment model packs (assessments/models), loaded and validated on first use */
  readonly models: ModelRegistry;
  /** bundles chosen, double-clicked or uploaded, held under an id until imported */
  readonly staged: StagedFiles;
  /** assessments brought to the newest questionnaire version at start-up, and those left as they were */
  readonly modelUpgrades: StoredUpgradeReport;
}

export interface ContextOptions {
  /** an already-opened store (tests); otherwise one is opened in host.dataDir */
  readonly store?: Store;
  /** a catalog service over other folders (tests); otherwise the bundled catalogs */
  readonly policies?: PolicyCatalogService;
  /** a model registry over another folder (tests); otherwise the bundled packs */
  readonly models?: ModelRegistry;
}

export async function createContext(host: Host, options: ContextOptions = {}): Promise<ServiceContext> {
  const store = options.store ?? (await openStore({ dataDir: host.dataDir }));
  const policies = options.policies ?? createPolicyCatalogService();
  const models = options.models ?? createModelRegistry();
  const modelUpgrades = upgradeStoredAssessments(store, models);
  for (const f of modelUpgrades.failed) console.warn(`评估 ${f.assessmentId} 未升级：${f.message}`);
  return {
    modelUpgrades,
    host,
    store,
    policies,
    models,
    staged: new StagedFiles(),
    isKnownModel: (id, version) => models.isKnown(id, version),
    bundleImport: {
      isKnownModel: (id, version) => models.isKnown(id, version),
      upgrade: documentUpgrader(models, () => store.settings.get().consultantName),
    },
  };
}

/** Releases what createContext opened (the database and the data-folder lock). */
export function closeContext(ctx: ServiceContext): void {
  ctx.staged.clear();
  ctx.store.close();
}
