import { SettingsSchema, type Settings } from '@contract/records';
import type { Db } from '../connection';

const KEY = 'settings';

export interface SettingsRepository {
  get(): Settings;
  set(patch: Partial<Settings>): Settings;
}

/** Settings are one JSON row, cached: the audit trail reads the consultant name on every answer. */
export function settingsRepository(db: Db): SettingsRepository {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  let cached: Settings | undefined;

  const get = (): Settings => {
    if (!cached) {
      const row = select.get(KEY);
      // a stored value this version cannot read falls back to the defaults rather than blocking start-up
      const stored = row ? SettingsSchema.partial().safeParse(JSON.parse(row.value)) : undefined;
      cached = SettingsSchema.parse(stored?.success ? stored.data : {});
    }
    return cached;
  };

  return {
    get,
    set(patch) {
      const next = SettingsSchema.parse({ ...get(), ...patch });
      upsert.run(KEY, JSON.stringify(next));
      cached = next;
      return next;
    },
  };
}
