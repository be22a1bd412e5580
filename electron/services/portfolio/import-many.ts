import type { z } from 'zod';
import { AppError } from '@contract/errors';
import type { BundleFileOutcomeSchema } from '@contract/methods/portfolio';
import { importBundle } from '../bundle';
import type { ImportOptions } from '../bundle/import';
import type { Store } from '../store';

export type BundleFileOutcome = z.infer<typeof BundleFileOutcomeSchema>;

/**
 * Imports each bundle on its own (one refused file never stops the others) and says per file
 * what happened. Each import is itself all-or-nothing.
 */
export function importManyBundles(
  store: Store,
  files: readonly { fileName: string; bytes: Uint8Array }[],
  options: ImportOptions,
): BundleFileOutcome[] {
  return files.map(({ fileName, bytes }) => {
    try {
      const result = importBundle(store, bytes, options);
      const name = store.enterprises.find(result.enterpriseId)?.profile.name ?? null;
      return { fileName, outcome: result.outcome, enterpriseName: name, reason: null };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { fileName, outcome: 'refused' as const, enterpriseName: null, reason: error.message };
    }
  });
}
