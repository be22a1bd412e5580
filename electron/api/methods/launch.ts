import { z } from 'zod';
import { method } from '../method';

/**
 * What the app was launched to open. Double-clicking an assessment bundle (.sfdx) starts the
 * desktop app, or hands the path to the running one; the main process keeps the path and the
 * renderer asks for it once, at start-up and whenever its window regains focus, then shows the
 * import screen with these bytes (bundle.import takes the same { fileName, base64 }).
 */
export const PendingOpenSchema = z
  .object({
    /** the file's base name, as the import screen shows it */
    fileName: z.string(),
    base64: z.string(),
  })
  .nullable();
export type PendingOpen = z.infer<typeof PendingOpenSchema>;

export const launchMethods = {
  'app.pendingOpen': method(z.object({}).strict(), PendingOpenSchema),
};
