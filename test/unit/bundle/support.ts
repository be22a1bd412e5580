import Database from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import type { Store } from '../../../electron/services/store';
import { exportBundle } from '../../../electron/services/bundle';
import { closingStores } from '../store/closing-stores';
import { manualClock, openTestStore, seedAssessment } from '../store/support';

export const APP = { appName: '智造自诊', appVersion: '0.1.0-test' };
export const anyModel = { isKnownModel: () => true };

/** A store holding one assessment with answers, a note, evidence and funding inputs. */
export async function populatedStore() {
  const clock = manualClock();
  const store = await openTestStore({ now: clock.now });
  store.settings.set({ consultantName: '李顾问' });
  const { enterprise, assessment } = seedAssessment(store);
  const save = (itemId: string, level: number, note = '') => {
    clock.advance(1000);
    return store.answers.save(assessment.id, itemId, {
      value: { kind: 'level', level },
      note,
      flagged: false,
    });
  };
  save('factory.network', 2);
  save('factory.network', 3, '千兆网络覆盖全部车间');
  save('production.scheduling', 1);
  store.answers.save(assessment.id, 'management.erp', {
    value: { kind: 'choices', selected: ['erp', 'plm'] },
    note: '',
    flagged: true,
  });
  store.evidence.add({
    assessmentId: assessment.id,
    itemId: 'factory.network',
    fileName: '网络拓扑.png',
    mimeType: 'image/png',
    bytes: new TextEncoder().encode('not really a png, but bytes all the same'),
  });
  store.evidence.add({
    assessmentId: assessment.id,
    itemId: null,
    fileName: '营业执照.pdf',
    mimeType: 'application/pdf',
    bytes: new Uint8Array(4096).map((_, i) => (i * 31) % 256),
  });
  store.assessments.setCursor(assessment.id, { itemId: 'production.scheduling', view: 'questionnaire' });
  return { store, clock, enterprise, assessment };
}

/** closingStores() for bundle tests: `populated()` too is closed after its test. */
export function closingBundleStores() {
  const stores = closingStores();
  const populated = async () => {
    const p = await populatedStore();
    stores.keep(p.store);
    return p;
  };
  return { ...stores, populated };
}

export function exportOf(store: Store, assessmentId: string): Uint8Array {
  return exportBundle(store, assessmentId, APP).bytes;
}

export type Entries = Record<string, Uint8Array>;
const enc = new TextEncoder();
const dec = new TextDecoder();

export function entriesOf(bundle: Uint8Array): Entries {
  return unzipSync(bundle);
}

export function readEntry<T>(entries: Entries, name: string): T {
  return JSON.parse(dec.decode(entries[name])) as T;
}

export function writeEntry(entries: Entries, name: string, value: unknown): void {
  entries[name] = enc.encode(JSON.stringify(value));
}

export function rezip(entries: Entries): Uint8Array {
  return zipSync(entries);
}

/** Every row of every table, for "the database did not change" assertions. */
export function dumpDatabase(store: Store): string {
  const db = new Database(store.dbPath, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((t) => t.name);
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
  } finally {
    db.close();
  }
}
