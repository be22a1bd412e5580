import { z } from 'zod';
import { method } from '../method';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** where the database, evidence files and backups live */
  dataDir: z.string(),
  runtime: z.enum(['electron', 'web', 'cli', 'test']),
  nodeVersion: z.string(),
  models: z.array(z.object({ id: z.string(), version: z.string() })),
  catalogVersion: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

const NoInput = z.object({}).strict();

export const appMethods = {
  'app.ping': method(NoInput, z.object({ pong: z.literal(true), at: z.iso.datetime() })),
  'app.info': method(NoInput, AppInfoSchema),
};
