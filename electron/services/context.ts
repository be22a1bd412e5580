import { createModelRegistry, type ModelRegistry } from './catalog/models';
import { createPolicyCatalogService, type PolicyCatalogService } from './catalog/policies';
import { StagedFiles } from './bundle/staged-files';
import type { Host } from './host';
import { openStore, type Store } from './store';

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
  /** subsidy and AI-scenario catalogs (assessments/policies, assessments/scenarios), loaded on first use */
  readonly policies: PolicyCatalogService;
  /** assessment model packs (assessments/models), loaded and validated on first use */
  readonly models: ModelRegistry;
  /** bundles chosen, double-clicked or uploaded, held under an id until imported */
  readonly staged: StagedFiles;
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
  return {
    host,
    store,
    policies,
    models,
    staged: new StagedFiles(),
    isKnownModel: (id, version) => models.isKnown(id, version),
  };
}

/** Releases what createContext opened (the database and the data-folder lock). */
export function closeContext(ctx: ServiceContext): void {
  ctx.staged.clear();
  ctx.store.close();
}
