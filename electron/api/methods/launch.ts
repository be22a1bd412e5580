import { z } from 'zod';
import { method } from '../method';
import { StagedFileSchema } from '../records';

/**
 * What the app was launched to open. Double-clicking an assessment bundle (.sfdx) starts the
 * desktop app, or hands the path to the running one; the main process keeps the path and the
 * renderer asks for it once, at start-up and whenever its window regains focus, then shows the
 * import screen for this file (bundle.import takes its fileId; the bytes never cross IPC).
 */
export const PendingOpenSchema = StagedFileSchema.nullable();
export type PendingOpen = z.infer<typeof PendingOpenSchema>;

export const launchMethods = {
  'app.pendingOpen': method(z.object({}).strict(), PendingOpenSchema),
};
