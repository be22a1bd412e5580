import { method } from '../method';
import { NoInput, SettingsSchema } from '../records';

/** Settings of this installation: language, consultant name and organisation. */
export const settingsMethods = {
  'settings.get': method(NoInput, SettingsSchema),
  'settings.set': method(SettingsSchema.partial(), SettingsSchema),
};
