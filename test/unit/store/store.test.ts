import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../electron/services/store';
import { manualClock, openTestStore, profile, seedAssessment, VALID_CODES } from './support';

let store: Store | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
});

describe('store: one native binary, durable settings', () => {
  it('opens under the Node that runs the tests, with WAL, synchronous=FULL and foreign keys', async () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
    store = await openTestStore();
    const db = new Database(store.dbPath, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
    const pragmas = (store as unknown as { db: Database.Database }).db;
    expect(pragmas.pragma('synchronous', { simple: true })).toBe(2);
    expect(pragmas.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.integrityCheck()).toBe('ok');
  });
});

describe('enterprises', () => {
  it('saves, updates and derives the size class', async () => {
    store = await openTestStore();
    const created = store.enterprises.save({ profile: profile() });
    expect(created.sizeClass).toBe('medium');
    const updated = store.enterprises.save({ id: created.id, profile: profile({ employees: 12 }) });
    expect(updated.id).toBe(created.id);
    expect(updated.sizeClass).toBe('micro');
    expect(store.enterprises.get(created.id).profile.employees).toBe(12);
  });

  it('rejects a credit code with a wrong check character, naming the right one', async () => {
    store = await openTestStore();
    expect(() => store!.enterprises.save({ profile: profile({ creditCode: '91440300708461136X' }) })).toThrow(
      /校验位不正确.*应为 T/,
    );
  });

  it('refuses a second enterprise with the same credit code', async () => {
    store = await openTestStore();
    store.enterprises.save({ profile: profile() });
    expect(() => store!.enterprises.save({ profile: profile({ name: '另一家公司' }) })).toThrow(
      /已登记在企业「东莞精密五金有限公司」名下/,
    );
  });

  it('searches by name, credit code and city, paged', async () => {
    store = await openTestStore();
    store.enterprises.save({
      profile: profile({
        name: '佛山陶瓷有限公司',
        creditCode: VALID_CODES[0],
        region: { province: '广东省', city: '佛山市' },
      }),
    });
    store.enterprises.save({
      profile: profile({ name: '东莞精密五金有限公司', creditCode: VALID_CODES[1] }),
    });
    store.enterprises.save({
      profile: profile({
        name: '深圳电子科技有限公司',
        creditCode: VALID_CODES[2],
        region: { province: '广东省', city: '深圳市' },
      }),
    });
    const search = (query: string, extra = {}) =>
      store!.enterprises.list({ query, offset: 0, limit: 50, ...extra });
    expect(search('陶瓷').items.map((e) => e.name)).toEqual(['佛山陶瓷有限公司']);
    expect(search('708461').items.map((e) => e.creditCode)).toEqual([VALID_CODES[1]]);
    expect(search('深圳').total).toBe(1);
    expect(search('', { city: '东莞市' }).items).toHaveLength(1);
    expect(search('%').total).toBe(0);
    const firstPage = search('有限公司', { limit: 2 });
    const secondPage = search('有限公司', { limit: 2, offset: 2 });
    expect(firstPage.total).toBe(3);
    expect(firstPage.items).toHaveLength(2);
    expect(secondPage.items).toHaveLength(1);
  });
});

describe('assessments and answers', () => {
  it('acknowledges each answer with a growing revision and records the audit trail', async () => {
    const clock = manualClock();
    store = await openTestStore({ now: clock.now });
    store.settings.set({ consultantName: '王工' });
    const { assessment } = seedAssessment(store);
    const first = store.answers.save(assessment.id, 'plan.1', {
      value: { kind: 'level', level: 2 },
      note: '',
      flagged: false,
    });
    clock.advance(1000);
    const second = store.answers.save(assessment.id, 'plan.1', {
      value: { kind: 'level', level: 3 },
      note: '有 MES',
      flagged: true,
    });
    expect(first.revision).toBe(1);
    expect(second).toEqual({ savedAt: '2025-03-10T04:00:01.000Z', revision: 2 });
    const events = store.answers.events(assessment.id, { offset: 0, limit: 10 });
    expect(events.total).toBe(2);
    expect(events.items[0]).toMatchObject({ old: null, by: '王工', revision: 1 });
    expect(events.items[1]).toMatchObject({
      old: { value: { kind: 'level', level: 2 }, note: '', flagged: false },
      new: { value: { kind: 'level', level: 3 }, note: '有 MES', flagged: true },
    });
    expect(store.assessments.get(assessment.id)).toMatchObject({
      revision: 2,
      updatedAt: '2025-03-10T04:00:01.000Z',
    });
  });

  it('treats a repeated autosave of the same answer as no change', async () => {
    store = await openTestStore();
    const { assessment } = seedAssessment(store);
    const state = { value: { kind: 'figures' as const, figures: { a: 1, b: 2 } }, note: 'x', flagged: false };
    const ack = store.answers.save(assessment.id, 'data.1', state);
    const again = store.answers.save(assessment.id, 'data.1', {
      ...state,
      value: { kind: 'figures', figures: { b: 2, a: 1 } },
    });
    expect(again.revision).toBe(ack.revision);
    expect(store.answers.events(assessment.id, { offset: 0, limit: 10 }).total).toBe(1);
  });

  it('keeps answer_events append-only at the database level', async () => {
    store = await openTestStore();
    const { assessment } = seedAssessment(store);
    store.answers.save(assessment.id, 'plan.1', { value: { kind: 'na' }, note: '', flagged: false });
    const db = (store as unknown as { db: Database.Database }).db;
    expect(() => db.prepare('UPDATE answer_events SET by = ?').run('someone')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM answer_events').run()).toThrow(/append-only/);
    expect(store.answers.events(assessment.id, { offset: 0, limit: 10 }).total).toBe(1);
  });

  it('resumes at the saved cursor, stores funding inputs, completes and reopens', async () => {
    store = await openTestStore();
    const { assessment } = seedAssessment(store);
    store.assessments.setCursor(assessment.id, { itemId: 'plan.3', view: 'dimension' });
    // inputs that differ from the empty default (the same inputs again would be no new revision)
    const funding = store.assessments.saveFunding(assessment.id, {
      investments: [{ kind: 'equipment', amountWan: 120, year: 2026, channel: 'unknown', note: '' }],
      certifications: {},
      figures: {},
    });
    expect(funding.revision).toBe(1);
    expect(store.assessments.get(assessment.id).cursor).toEqual({ itemId: 'plan.3', view: 'dimension' });
    const completed = store.assessments.complete(assessment.id);
    expect(completed.status).toBe('completed');
    expect(completed.completedAt).not.toBeNull();
    expect(() =>
      store!.answers.save(assessment.id, 'plan.1', { value: { kind: 'na' }, note: '', flagged: false }),
    ).toThrow(/已完成/);
    expect(store.assessments.reopen(assessment.id)).toMatchObject({ status: 'draft', completedAt: null });
  });

  it('lists assessments per enterprise with answered counts', async () => {
    store = await openTestStore();
    const { enterprise, assessment } = seedAssessment(store);
    store.answers.save(assessment.id, 'a.1', {
      value: { kind: 'boolean', value: true },
      note: '',
      flagged: false,
    });
    store.answers.save(assessment.id, 'a.2', { value: null, note: '待核实', flagged: true });
    const list = store.assessments.list({ enterpriseId: enterprise.id, offset: 0, limit: 10 });
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ enterpriseName: enterprise.profile.name, answeredCount: 1 });
    expect(store.enterprises.list({ query: '', offset: 0, limit: 10 }).items[0]?.assessmentCount).toBe(1);
  });
});

describe('evidence', () => {
  it('stores each file once by content hash and references it from the database', async () => {
    store = await openTestStore();
    const { assessment } = seedAssessment(store);
    const bytes = new TextEncoder().encode('设备台账.xlsx 的内容');
    const a = store.evidence.add({
      assessmentId: assessment.id,
      itemId: 'plan.1',
      fileName: '台账.xlsx',
      mimeType: 'application/vnd.ms-excel',
      bytes,
    });
    const b = store.evidence.add({
      assessmentId: assessment.id,
      itemId: 'plan.2',
      fileName: '同一文件.xlsx',
      mimeType: 'application/vnd.ms-excel',
      bytes,
    });
    const again = store.evidence.add({
      assessmentId: assessment.id,
      itemId: 'plan.1',
      fileName: '台账.xlsx',
      mimeType: 'application/vnd.ms-excel',
      bytes,
    });
    expect(a.sha256).toBe(b.sha256);
    expect(again.id).toBe(a.id);
    expect(readFileSync(store.blobs.pathOf(a.sha256), 'utf8')).toBe('设备台账.xlsx 的内容');
    expect(store.evidence.list(assessment.id).map((e) => e.itemId)).toEqual(['plan.1', 'plan.2']);
    expect(store.evidence.list(assessment.id, 'plan.2')).toHaveLength(1);
    store.evidence.remove(b.id);
    expect(store.evidence.list(assessment.id)).toHaveLength(1);
    expect(store.evidence.read(a.id).bytes.toString('utf8')).toBe('设备台账.xlsx 的内容');
  });

  it('refuses a file over 50 MB', async () => {
    store = await openTestStore();
    const { assessment } = seedAssessment(store);
    const bytes = new Uint8Array(50 * 1024 * 1024 + 1);
    expect(() =>
      store!.evidence.add({
        assessmentId: assessment.id,
        itemId: null,
        fileName: 'big.mp4',
        mimeType: 'video/mp4',
        bytes,
      }),
    ).toThrow(/单个文件上限为 50.0 MB/);
  });
});

describe('settings', () => {
  it('persists language, consultant and organisation across reopen', async () => {
    store = await openTestStore();
    expect(store.settings.get()).toEqual({ language: 'zh-CN', consultantName: '', organisation: '' });
    store.settings.set({ language: 'zh-TW', consultantName: '陈工' });
    const dataDir = store.dataDir;
    store.close();
    store = await openTestStore({ dataDir });
    expect(store.settings.get()).toEqual({ language: 'zh-TW', consultantName: '陈工', organisation: '' });
  });
});
