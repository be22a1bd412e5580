import type { Handlers } from '@contract/dispatch';
import type { ServiceContext } from '../context';

export const backupHandlers: Pick<Handlers<ServiceContext>, 'backup.list' | 'backup.restore'> = {
  'backup.list': (_input, { store }) => ({ items: store.backups.list() }),
  'backup.restore': ({ fileName }, { store }) => store.restoreBackup(fileName),
};
