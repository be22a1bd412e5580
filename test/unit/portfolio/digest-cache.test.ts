import { copyFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { PolicyCatalog } from '../../../assessments/engine/policy/schema';
import { createContext, type ServiceContext } from '../../../electron/services/context';
import { digestAssessment } from '../../../electron/services/portfolio/digest';
import { validityEpoch } from '../../../electron/services/portfolio/digest-key';
import { portfolioEntries } from '../../../electron/services/portfolio/handlers';
import { DB_FILE, openStore } from '../../../electron/services/store';
import { FIXTURE_V1 } from '../../fixtures/db/fixtures';
import { makeTestHost } from '../helpers/host';
import { tempDir } from '../store/support';
import { addAssessment, closeAll, testContext } from './support';

const ctxs: ServiceContext[] = [];
afterEach(() => closeAll(ctxs));

const DAY = '2026-03-02';

async function contextOn(dataDir: string): Promise<ServiceContext> {
  const store = await openStore({ dataDir, user: 'tester', backupCheckMs: 0 });
  const ctx = await createContext(makeTestHost({ dataDir }), { store });
  ctxs.push(ctx);
  return ctx;
}

function storedRows(ctx: ServiceContext): Map<string, { key: string; json: string }> {
  return ctx.store.digests.all();
}

/** The digest as the engine computes it now, from what the store holds. */
function freshDigest(ctx: ServiceContext, assessmentId: string) {
  const record = ctx.store.assessments.get(assessmentId);
  const enterprise = ctx.store.enterprises.get(record.enterpriseId);
  return digestAssessment(
    { models: ctx.models, policies: ctx.policies, programVersion: 'test' },
    record,
    ctx.store.answers.list(assessmentId),
    enterprise.profile,
    DAY,
  );
}

const entryOf = (ctx: ServiceContext, id: string, day = DAY) =>
  portfolioEntries(ctx, day).find((e) => e.row.assessmentId === id)!;

describe('portfolio digests kept in the database', () => {
  it('stores each digest on the first listing and reads it back after a restart instead of recomputing', async () => {
    const ctx = await testContext();
    ctxs.push(ctx);
    const { assessment } = addAssessment(ctx, {}, { answered: true });
    const first = entryOf(ctx, assessment.id).digest;
    expect(first).toEqual(freshDigest(ctx, assessment.id));
    const row = storedRows(ctx).get(assessment.id)!;
    expect(JSON.parse(row.json)).toEqual(first);

    // a marker only a stored row can carry: the restarted listing shows it, so nothing was recomputed
    const dataDir = ctx.store.dataDir;
    closeAll(ctxs);
    const raw = new Database(path.join(dataDir, DB_FILE));
    raw
      .prepare('UPDATE assessment_digests SET digest = json_set(digest, ?, 4321) WHERE assessment_id = ?')
      .run('$.subsidyTodayWan', assessment.id);
    raw.close();
    const again = await contextOn(dataDir);
    expect(entryOf(again, assessment.id).row.subsidyTodayWan).toBe(4321);
  });

  it('recomputes and stores the digest again when an answer changes', async () => {
    const ctx = await testContext();
    ctxs.push(ctx);
    const { assessment } = addAssessment(ctx, {}, { answered: true });
    const before = entryOf(ctx, assessment.id).digest;
    const keyBefore = storedRows(ctx).get(assessment.id)!.key;

    // every answer taken back: the figures cannot stay those of the answered questionnaire
    for (const a of ctx.store.answers.list(assessment.id)) {
      ctx.store.answers.save(assessment.id, a.itemId, { value: null, note: '', flagged: false });
    }
    const after = entryOf(ctx, assessment.id).digest;
    expect(after).not.toEqual(before);
    expect(after).toEqual(freshDigest(ctx, assessment.id));
    const stored = storedRows(ctx).get(assessment.id)!;
    expect(stored.key).not.toBe(keyBefore);
    expect(JSON.parse(stored.json)).toEqual(after);
  });

  it('recomputes when the enterprise profile changes', async () => {
    const ctx = await testContext();
    ctxs.push(ctx);
    const { assessment, enterprise } = addAssessment(ctx, {}, { answered: true });
    entryOf(ctx, assessment.id);
    const keyBefore = storedRows(ctx).get(assessment.id)!.key;
    await new Promise((r) => setTimeout(r, 5)); // updatedAt is a millisecond timestamp
    ctx.store.enterprises.save({ id: enterprise.id, profile: { ...enterprise.profile, employees: 40 } });
    const after = entryOf(ctx, assessment.id).digest;
    expect(after).toEqual(freshDigest(ctx, assessment.id));
    expect(storedRows(ctx).get(assessment.id)!.key).not.toBe(keyBefore);
  });

  it('replaces a stored digest whose key no longer matches (the v4 fixture holds one)', async () => {
    const dataDir = tempDir();
    copyFileSync(path.resolve('test/fixtures/db/v4.sqlite'), path.join(dataDir, DB_FILE));
    const ctx = await contextOn(dataDir);
    expect(storedRows(ctx).get(FIXTURE_V1.assessmentId)!.key).toBe('v4-fixture-stale-key');
    const digest = entryOf(ctx, FIXTURE_V1.assessmentId).digest;
    expect(digest).toEqual(freshDigest(ctx, FIXTURE_V1.assessmentId));
    expect(storedRows(ctx).get(FIXTURE_V1.assessmentId)!.key).not.toBe('v4-fixture-stale-key');
  });
});

describe('validityEpoch', () => {
  const catalog = {
    version: '2025.1',
    documents: [
      {
        validity: { from: '2025-01-01', to: '2025-12-31' },
        measures: [{ validity: { from: '2025-06-01', to: null } }, {}],
      },
    ],
  } as unknown as PolicyCatalog;

  it('changes only on the day a window opens or the day after it closes', () => {
    expect(validityEpoch(catalog, '2024-12-31')).toBe(0);
    expect(validityEpoch(catalog, '2025-01-01')).toBe(1);
    expect(validityEpoch(catalog, '2025-05-31')).toBe(1);
    expect(validityEpoch(catalog, '2025-06-01')).toBe(2);
    expect(validityEpoch(catalog, '2025-12-31')).toBe(2);
    expect(validityEpoch(catalog, '2026-01-01')).toBe(3);
  });

  it('gives the same digest on two days of one epoch', async () => {
    const ctx = await testContext();
    ctxs.push(ctx);
    const { assessment } = addAssessment(ctx, {}, { answered: true });
    const { policy } = ctx.policies.load();
    const days = Array.from({ length: 365 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
    );
    const day = days.find(
      (d, i) => i > 0 && validityEpoch(policy, d) === validityEpoch(policy, days[i - 1]!),
    )!;
    const next = days[days.indexOf(day) - 1]!;
    const record = ctx.store.assessments.get(assessment.id);
    const sources = { models: ctx.models, policies: ctx.policies, programVersion: 'test' };
    const answers = ctx.store.answers.list(assessment.id);
    const profile = ctx.store.enterprises.get(record.enterpriseId).profile;
    expect(digestAssessment(sources, record, answers, profile, next)).toEqual(
      digestAssessment(sources, record, answers, profile, day),
    );
  });
});
