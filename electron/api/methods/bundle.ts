import { z } from 'zod';
import { method } from '../method';
import {
  base64Of,
  IdSchema,
  ImportOutcomeSchema,
  MAX_INLINE_BUNDLE_BYTES,
  NoInput,
  StagedFileIdSchema,
  StagedFileSchema,
} from '../records';

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
  'bundle.choose': method(NoInput, StagedFileSchema.nullable()),
  'bundle.import': method(
    z.union([
      /** a small bundle sent whole */
      z.object({ fileName: z.string().max(255), base64: base64Of(MAX_INLINE_BUNDLE_BYTES) }),
      /** a bundle the shell has as a file: chosen in the desktop app's dialog, opened by double-click or uploaded */
      z.object({ fileName: z.string().max(255), fileId: StagedFileIdSchema }),
    ]),
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
