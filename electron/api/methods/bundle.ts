import { z } from 'zod';
import { method } from '../method';
import { base64Of, IdSchema, ImportOutcomeSchema, MAX_BUNDLE_BYTES } from '../records';

/** Assessment bundles (.sfdx): export of one assessment, import of a file. */
export const bundleMethods = {
  'bundle.export': method(
    z.object({ assessmentId: IdSchema }),
    z.object({
      fileName: z.string(),
      /** the bytes, when the shell has no save dialog (browser: the renderer downloads them) */
      base64: z.string().optional(),
      /** where the file was written when the shell offers a save dialog; neither = cancelled */
      savedTo: z.string().optional(),
    }),
  ),
  'bundle.import': method(
    z.object({ fileName: z.string().max(255), base64: base64Of(MAX_BUNDLE_BYTES) }),
    z.object({
      outcome: ImportOutcomeSchema,
      assessmentId: IdSchema,
      enterpriseId: IdSchema,
      /** true when the enterprise already existed here (matched by credit code) */
      enterpriseMatched: z.boolean(),
      revision: z.number().int().min(0),
    }),
  ),
};
