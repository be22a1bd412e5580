import { AppError } from '@contract/errors';
import { resourcePath } from '../resources';
import { readCatalogFiles, toLoadedCatalogs, type LoadedCatalogs } from './policy-files';

/**
 * The subsidy and AI-scenario catalogs as the handlers use them: read once from the bundled
 * resources, validated, cached. A broken catalog is a defect of the shipped app, reported with
 * every issue so it can be fixed (npm run models:check shows the same list).
 */
export interface PolicyCatalogService {
  load(): LoadedCatalogs;
  /** catalogVersion of assessments/policies/index.yaml, or 'invalid' when it does not load */
  version(): string;
}

export function createPolicyCatalogService(
  policiesDir: string = resourcePath('assessments', 'policies'),
  scenariosDir: string = resourcePath('assessments', 'scenarios'),
): PolicyCatalogService {
  let cached: LoadedCatalogs | undefined;
  const load = (): LoadedCatalogs => {
    if (cached) return cached;
    const files = readCatalogFiles(policiesDir, scenariosDir);
    const loaded = toLoadedCatalogs(files);
    if (!loaded) {
      const first = files.issues[0];
      throw new AppError(
        'internal',
        `政策目录无效（${files.issues.length}处问题）：${first ? `${first.file} ${first.message}` : ''}`,
        {
          issues: files.issues.slice(0, 50),
        },
      );
    }
    cached = loaded;
    return loaded;
  };
  return {
    load,
    version: () => {
      try {
        return load().policy.version;
      } catch {
        return 'invalid';
      }
    },
  };
}
