import { z } from 'zod';
import { method } from '../method';
import { BackupInfoSchema, NoInput } from '../records';

/** The automatic database backups: listing and restoring one. */
export const backupMethods = {
  'backup.list': method(NoInput, z.object({ items: z.array(BackupInfoSchema) })),
  'backup.restore': method(
    z.object({ fileName: z.string().min(1).max(120) }),
    z.object({ restoredFrom: z.string(), safetyBackup: z.string() }),
  ),
};
