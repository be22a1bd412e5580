import type { Handlers } from '@contract/dispatch';
import type { ServiceContext } from '../context';

export const settingsHandlers: Pick<Handlers<ServiceContext>, 'settings.get' | 'settings.set'> = {
  'settings.get': (_input, { store }) => store.settings.get(),
  'settings.set': (patch, { store }) => store.settings.set(patch),
};
