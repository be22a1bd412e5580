import type { Handlers } from '@contract/dispatch';
import type { BackupInfo } from '@contract/records';
import type { ServiceContext } from '../context';
import type { Store } from './store';

/** The status screen must answer even when the backups folder cannot be read. */
function newestBackup(store: Store): BackupInfo | null {
  try {
    return store.backups.list()[0] ?? null;
  } catch {
    return null;
  }
}

export const storeHandlers: Pick<Handlers<ServiceContext>, 'store.status'> = {
  'store.status': (_input, { store }) => ({
    schemaVersion: store.schemaVersion,
    recovery: store.recovery,
    lastBackup: newestBackup(store),
    backupError: store.backupError,
    readOnly: store.readOnly,
  }),
};
