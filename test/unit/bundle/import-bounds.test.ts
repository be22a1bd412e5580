import { describe, expect, it } from 'vitest';
import { importBundle } from '../../../electron/services/bundle';
import { anyModel, entriesOf, exportOf, closingBundleStores, readEntry, rezip, writeEntry } from './support';

const { fresh, populated } = closingBundleStores();

type Json = Record<string, unknown>;

/** The bundle with one entry rewritten. */
function edited(bytes: Uint8Array, entry: string, edit: (value: Json) => void): Uint8Array {
  const entries = entriesOf(bytes);
  const value = readEntry<Json>(entries, entry);
  edit(value);
  writeEntry(entries, entry, value);
  return rezip(entries);
}

describe('numbers and times in an imported bundle are bounded', () => {
  it('refuses a revision near 2^53, so the next answer can never overflow it', async () => {
    const a = await populated();
    const bundle = edited(exportOf(a.store, a.assessment.id), 'assessment.json', (doc) => {
      doc.revision = Number.MAX_SAFE_INTEGER;
    });
    const b = await fresh();
    expect(() => importBundle(b, bundle, anyModel)).toThrow(
      expect.objectContaining({
        code: 'import_rejected',
        details: expect.objectContaining({ reason: 'invalid-assessment' }),
      }),
    );
    expect(b.assessments.list({ offset: 0, limit: 50 }).total).toBe(0);
  });

  it("refuses times beyond this computer's clock, so they cannot overwrite a later local correction", async () => {
    const a = await populated();
    const bundle = edited(exportOf(a.store, a.assessment.id), 'enterprise.json', (enterprise) => {
      enterprise.updatedAt = '2099-01-01T00:00:00.000Z';
    });
    const b = await fresh();
    const now = () => new Date('2026-06-01T00:00:00.000Z');
    expect(() => importBundle(b, bundle, { ...anyModel, now })).toThrow(
      expect.objectContaining({
        code: 'import_rejected',
        message: expect.stringMatching(/2099-01-01T00:00:00\.000Z.*晚于本机当前时间/),
        details: expect.objectContaining({ reason: 'future-time' }),
      }),
    );
    expect(b.enterprises.list({ query: '', offset: 0, limit: 50 }).total).toBe(0);
  });

  it('a newer enterprise profile replacing the local one reports "updated", not "unchanged"', async () => {
    const a = await populated();
    const b = await fresh();
    importBundle(b, exportOf(a.store, a.assessment.id), anyModel);
    a.clock.advance(60_000);
    a.store.enterprises.save({ id: a.enterprise.id, profile: { ...a.enterprise.profile, employees: 410 } });
    const result = importBundle(b, exportOf(a.store, a.assessment.id), anyModel);
    expect(result.outcome).toBe('updated');
    expect(b.enterprises.get(result.enterpriseId).profile.employees).toBe(410);
  });
});
