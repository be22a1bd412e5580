import { z } from 'zod';
import { method } from '../method';
import { BackupInfoSchema, NoInput, RecoverySchema } from '../records';

/** The state of the local database: schema version, recovery, backups, read-only folder. */
export const storeMethods = {
  'store.status': method(
    NoInput,
    z.object({
      schemaVersion: z.number().int(),
      recovery: RecoverySchema.nullable(),
      lastBackup: BackupInfoSchema.nullable(),
      /** why the last daily backup failed (Chinese, names the folder); null when backups are fine */
      backupError: z.string().nullable(),
      /** the data folder cannot be written: what the banner says (view and export only); null normally */
      readOnly: z.string().nullable(),
    }),
  ),
};
