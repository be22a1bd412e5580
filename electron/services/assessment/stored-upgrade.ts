import { compareVersions } from '@engine/model/version';
import type { ModelRegistry } from '../catalog/models';
import type { Store } from '../store';
import { upgradeDocument, upgradeTarget } from './model-upgrade';

export interface StoredUpgradeReport {
  readonly upgraded: readonly string[];
  /** assessments left exactly as they were, with the reason a person reads */
  readonly failed: ReadonlyArray<{ assessmentId: string; message: string }>;
}

/**
 * At start-up: every assessment answered under an older version of its questionnaire is brought to
 * the newest one, each in its own transaction (a failure leaves that assessment untouched). Only the
 * folder names are read unless something is stale, so a current data folder costs one small query.
 */
export function upgradeStoredAssessments(
  store: Store,
  models: ModelRegistry,
  now: () => string = () => new Date().toISOString(),
): StoredUpgradeReport {
  const upgraded: string[] = [];
  const failed: Array<{ assessmentId: string; message: string }> = [];
  if (store.readOnly !== null) return { upgraded, failed };
  for (const version of store.assessments.modelVersions()) {
    const newest = models.newestVersion(version.modelId);
    if (newest === undefined || compareVersions(version.modelVersion, newest) >= 0) continue;
    const ids = store.assessments.idsAt(version.modelId, version.modelVersion);
    try {
      const pack = upgradeTarget(models.get(version.modelId), version);
      const by = store.settings.get().consultantName;
      for (const id of ids) {
        try {
          store.transaction(() =>
            store.documents.write(upgradeDocument(store.documents.read(id), pack, { at: now(), by })),
          );
          upgraded.push(id);
        } catch (error) {
          failed.push({ assessmentId: id, message: (error as Error).message });
        }
      }
    } catch (error) {
      for (const id of ids) failed.push({ assessmentId: id, message: (error as Error).message });
    }
  }
  return { upgraded, failed };
}
