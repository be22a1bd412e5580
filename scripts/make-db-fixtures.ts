/**
 * Writes test/fixtures/db/v<N>.sqlite: a small database at schema version N, made by the real
 * migrations up to N and filled with raw SQL of that version (so later repository code cannot
 * change what an old database looks like). Run when a schema version is released:
 *   node scripts/run-ts.mjs scripts/make-db-fixtures.ts
 * Released fixtures are never regenerated; add the next version's seed below instead.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openConnection, type Db } from '../electron/services/store/connection';
import { applyMigrations } from '../electron/services/store/migrate';
import { MIGRATIONS } from '../electron/services/store/migrations';
import { FIXTURE_V1, FIXTURE_V6 } from '../test/fixtures/db/fixtures';

const OUT_DIR = path.resolve('test/fixtures/db');

/** The v1 enterprise profile as v1 stored it (independentAccounting was a boolean then). */
const PROFILE_V1 = {
  name: '深圳市示例精密制造有限公司',
  creditCode: FIXTURE_V1.creditCode,
  region: { province: '广东省', city: '深圳市', district: '宝安区' },
  industryCode: '39',
  manufacturingType: 'discrete',
  employees: 450,
  revenueWan: 36000,
  qualifications: ['high-tech', 'srdi-sme'],
  dcmmLevel: 2,
  independentAccounting: true,
  contact: '张经理 0755-00000000',
};

/** v2: independentAccounting is yes / no / absent (unknown); districts include 东莞's towns. */
const PROFILE_V2 = {
  ...PROFILE_V1,
  region: { province: '广东省', city: '东莞市', district: '虎门镇' },
  independentAccounting: 'yes',
  aiEnterprise: 'no',
};

function seedV1(db: Db): void {
  seedWith(db, PROFILE_V1);
}

function seedV2(db: Db): void {
  seedWith(db, PROFILE_V2);
}

/** v3: an enterprise profile replaced by an import is kept in enterprise_revisions. */
function seedV3(db: Db): void {
  seedWith(db, PROFILE_V2);
  const previous = { ...PROFILE_V2, employees: 420, contact: '王经理 0769-00000000' };
  db.prepare(
    `INSERT INTO enterprise_revisions (enterprise_id, updated_at, superseded_at, reason, profile)
     VALUES (?, '2025-01-20T08:00:00.000Z', '2025-02-01T02:00:00.000Z', 'replaced-by-import', ?)`,
  ).run(FIXTURE_V1.enterpriseId, JSON.stringify(previous));
}

/** v4: as v3, plus a stored portfolio digest whose key no longer matches anything (recomputed on read). */
function seedV4(db: Db): void {
  seedV3(db);
  const digest = {
    tierRank: null,
    tierLabel: null,
    tierPending: false,
    cmmmLevel: null,
    smeLevel: null,
    subsidyTodayWan: 0,
    subsidyUnspecified: 0,
    competitiveCapWan: 0,
    eligible: [],
  };
  db.prepare('INSERT INTO assessment_digests (assessment_id, cache_key, digest) VALUES (?, ?, ?)').run(
    FIXTURE_V1.assessmentId,
    'v4-fixture-stale-key',
    JSON.stringify(digest),
  );
}

/** v5: as v4, and answers record who gave them and whether the evidence was sighted on site. */
function seedV5(db: Db): void {
  seedV4(db);
  db.prepare(`UPDATE answers SET respondent = 'it', sighted = 'yes' WHERE item_id = 'factory.network'`).run();
  db.prepare(`UPDATE answers SET sighted = 'no' WHERE item_id = 'production.scheduling'`).run();
}

/** v6: as v5, and the assessment keeps the note of a questionnaire upgrade (2025.1 → 2025.2). */
function seedV6(db: Db): void {
  seedV5(db);
  const note = {
    fromVersion: '2025.1',
    toVersion: '2025.2',
    at: '2025-02-01T02:06:00.000Z',
    changes: [
      {
        itemId: 'sf.basic.benchmark',
        question: FIXTURE_V6.question,
        outcome: 'dropped',
        to: null,
        reason: '旧版只问"是/否"，请按新题重新作答',
      },
    ],
    original: [
      {
        itemId: 'sf.basic.benchmark',
        value: { kind: 'boolean', value: true },
        note: '',
        updatedAt: '2025-02-01T02:05:30.000Z',
      },
    ],
  };
  db.prepare('UPDATE assessments SET model_upgrades = ? WHERE id = ?').run(
    JSON.stringify([note]),
    FIXTURE_V1.assessmentId,
  );
}

function seedWith(db: Db, profile: typeof PROFILE_V1 | typeof PROFILE_V2): void {
  const f = FIXTURE_V1;
  const at = (minute: number) => `2025-02-01T02:${String(minute).padStart(2, '0')}:00.000Z`;
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(
    'settings',
    JSON.stringify({ language: 'zh-CN', consultantName: '李顾问', organisation: '广东智造咨询' }),
  );
  db.prepare(
    `INSERT INTO enterprises (id, credit_code, name, city, district, industry_code, size_class, profile, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'medium', ?, ?, ?)`,
  ).run(
    f.enterpriseId,
    f.creditCode,
    profile.name,
    profile.region.city,
    profile.region.district,
    '39',
    JSON.stringify(profile),
    at(0),
    at(0),
  );
  db.prepare(
    `INSERT INTO assessments (id, enterprise_id, model_id, model_version, status, consultant_name, consultant_org,
       created_at, updated_at, completed_at, funding_inputs, cursor, revision)
     VALUES (?, ?, 'smart-factory-tiers', '2025.1', 'draft', '李顾问', '广东智造咨询', ?, ?, NULL, ?, ?, 4)`,
  ).run(
    f.assessmentId,
    f.enterpriseId,
    at(1),
    at(5),
    JSON.stringify({ investments: [], filings: {} }),
    JSON.stringify({ itemId: 'production.scheduling', view: 'questionnaire' }),
  );
  const answer = db.prepare(
    `INSERT INTO answers (assessment_id, item_id, value, note, flagged, updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = db.prepare(
    `INSERT INTO answer_events (id, assessment_id, item_id, old_state, new_state, at, by, revision) VALUES (?, ?, ?, ?, ?, ?, '李顾问', ?)`,
  );
  const level = (n: number) => JSON.stringify({ kind: 'level', level: n });
  const state = (value: string | null, note = '', flagged = false) =>
    JSON.stringify({ value: value === null ? null : JSON.parse(value), note, flagged });
  answer.run(f.assessmentId, 'factory.network', level(3), '全厂千兆网络', 0, at(2), 1);
  event.run(
    'a0000000-0000-4000-8000-000000000001',
    f.assessmentId,
    'factory.network',
    null,
    state(level(2)),
    at(2),
    1,
  );
  event.run(
    'a0000000-0000-4000-8000-000000000002',
    f.assessmentId,
    'factory.network',
    state(level(2)),
    state(level(3), '全厂千兆网络'),
    at(3),
    2,
  );
  answer.run(f.assessmentId, 'production.scheduling', JSON.stringify({ kind: 'na' }), '', 0, at(4), 3);
  event.run(
    'a0000000-0000-4000-8000-000000000003',
    f.assessmentId,
    'production.scheduling',
    null,
    state(JSON.stringify({ kind: 'na' })),
    at(4),
    3,
  );
  answer.run(f.assessmentId, 'management.erp', null, '待核实 ERP 版本', 1, at(5), 4);
  event.run(
    'a0000000-0000-4000-8000-000000000004',
    f.assessmentId,
    'management.erp',
    null,
    state(null, '待核实 ERP 版本', true),
    at(5),
    4,
  );
}

const SEEDS: Record<number, (db: Db) => void> = {
  1: seedV1,
  2: seedV2,
  3: seedV3,
  4: seedV4,
  5: seedV5,
  6: seedV6,
};

function writeFixture(version: number, seed: (db: Db) => void): string {
  const file = path.join(OUT_DIR, `v${version}.sqlite`);
  rmSync(file, { force: true });
  const db = openConnection(file);
  try {
    applyMigrations(
      db,
      MIGRATIONS.filter((m) => m.version <= version),
    );
    db.transaction(() => seed(db))();
    // a single self-contained file, as small as it gets
    db.pragma('journal_mode = DELETE');
    db.exec('VACUUM');
  } finally {
    db.close();
  }
  return file;
}

if (require.main === module) {
  mkdirSync(OUT_DIR, { recursive: true });
  const only = process.argv[2] ? Number(process.argv[2]) : undefined;
  for (const [version, seed] of Object.entries(SEEDS)) {
    if (only === undefined || only === Number(version))
      console.log(`wrote ${writeFixture(Number(version), seed)}`);
  }
}
