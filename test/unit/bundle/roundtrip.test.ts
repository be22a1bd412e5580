import { describe, expect, it } from 'vitest';
import { exportBundle, importBundle } from '../../../electron/services/bundle';
import { profile } from '../store/support';
import { anyModel, APP, dumpDatabase, entriesOf, exportOf, closingBundleStores, readEntry } from './support';

const { fresh, populated } = closingBundleStores();

describe('bundle export/import round trip', () => {
  it('carries enterprise, answers, audit trail, evidence, funding and cursor unchanged', async () => {
    const a = await populated();
    const exported = exportBundle(a.store, a.assessment.id, APP);
    expect(exported.fileName).toMatch(/^东莞精密五金有限公司-\d{8}-[0-9a-f]{8}\.sfdx$/);

    const b = await fresh();
    const result = importBundle(b, exported.bytes, anyModel);
    expect(result).toMatchObject({
      outcome: 'created',
      assessmentId: a.assessment.id,
      enterpriseMatched: false,
    });

    expect(b.documents.read(a.assessment.id)).toEqual(a.store.documents.read(a.assessment.id));
    expect(b.enterprises.get(result.enterpriseId)).toEqual(a.store.enterprises.get(a.enterprise.id));
    for (const e of a.store.evidence.list(a.assessment.id)) {
      expect(b.evidence.read(e.id).bytes.equals(a.store.evidence.read(e.id).bytes)).toBe(true);
    }
    // exporting again gives the same JSON entries, byte for byte
    const again = entriesOf(exportOf(b, a.assessment.id));
    const first = entriesOf(exported.bytes);
    for (const name of ['enterprise.json', 'assessment.json']) expect(again[name]).toEqual(first[name]);
    expect(Object.keys(again).sort()).toEqual(Object.keys(first).sort());
    expect(readEntry<unknown>(first, 'manifest.json')).toMatchObject({
      format: 'sfd-assessment-bundle',
      formatVersion: 1,
      appVersion: '0.1.0-test',
    });
  });

  it('does not duplicate anything when the same bundle is imported twice', async () => {
    const a = await populated();
    const bytes = exportOf(a.store, a.assessment.id);
    const b = await fresh();
    importBundle(b, bytes, anyModel);
    const before = dumpDatabase(b);
    expect(importBundle(b, bytes, anyModel).outcome).toBe('unchanged');
    expect(dumpDatabase(b)).toBe(before);
    // importing into the store it came from is also a no-op
    expect(importBundle(a.store, bytes, anyModel).outcome).toBe('unchanged');
  });

  it('lets the newer revision win and keeps the older one in history', async () => {
    const a = await populated();
    const original = exportOf(a.store, a.assessment.id);
    const b = await fresh();
    importBundle(b, original, anyModel);
    const localBefore = a.store.documents.read(a.assessment.id);

    // the laptop carries on with the assessment
    b.answers.save(a.assessment.id, 'factory.network', {
      value: { kind: 'level', level: 4 },
      note: '新增5G专网',
      flagged: false,
    });
    b.assessments.setCursor(a.assessment.id, { itemId: 'factory.mes', view: 'questionnaire' });
    const newer = exportOf(b, a.assessment.id);

    const updated = importBundle(a.store, newer, anyModel);
    expect(updated).toMatchObject({ outcome: 'updated', revision: localBefore.revision + 1 });
    expect(a.store.documents.read(a.assessment.id)).toEqual(b.documents.read(a.assessment.id));
    const history = a.store.documents.history(a.assessment.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ reason: 'replaced-by-import', revision: localBefore.revision });
    expect(history[0]!.document).toEqual(localBefore);
    // the trail kept every event: the local ones and the laptop's new one, once each
    expect(a.store.answers.allEvents(a.assessment.id)).toHaveLength(localBefore.events.length + 1);

    // the old bundle arriving late changes nothing and is not stored twice
    expect(importBundle(a.store, original, anyModel).outcome).toBe('kept-local');
    expect(a.store.documents.read(a.assessment.id).revision).toBe(localBefore.revision + 1);
    expect(a.store.documents.history(a.assessment.id)).toHaveLength(1);
  });

  it('keeps an older incoming version in history when the local one is newer', async () => {
    const a = await populated();
    const b = await fresh();
    importBundle(b, exportOf(a.store, a.assessment.id), anyModel);
    b.answers.save(a.assessment.id, 'laptop.only', { value: { kind: 'na' }, note: '', flagged: false });
    const laptopVersion = exportOf(b, a.assessment.id);
    a.store.answers.save(a.assessment.id, 'pc.one', { value: { kind: 'na' }, note: '', flagged: false });
    a.store.answers.save(a.assessment.id, 'pc.two', { value: { kind: 'na' }, note: '', flagged: false });
    expect(importBundle(a.store, laptopVersion, anyModel).outcome).toBe('kept-local');
    const history = a.store.documents.history(a.assessment.id);
    expect(history.map((h) => h.reason)).toEqual(['older-import']);
    expect(history[0]!.document.answers.map((x) => x.itemId)).toContain('laptop.only');
    expect(a.store.answers.list(a.assessment.id).map((x) => x.itemId)).not.toContain('laptop.only');
  });

  it('matches the enterprise by credit code and files the assessment under the local one', async () => {
    const a = await populated();
    const b = await fresh();
    const local = b.enterprises.save({ profile: profile({ name: '东莞精密五金（本机登记名）' }) });
    const result = importBundle(b, exportOf(a.store, a.assessment.id), anyModel);
    expect(result).toMatchObject({ enterpriseMatched: true, enterpriseId: local.id });
    expect(b.assessments.get(a.assessment.id).enterpriseId).toBe(local.id);
    expect(b.enterprises.list({ query: '', offset: 0, limit: 10 }).total).toBe(1);
  });
});
