import { randomUUID } from 'node:crypto';
import { FundingInputsSchema, type FundingInputs } from '@engine/funding';
import { AppError } from '@contract/errors';
import {
  CursorSchema,
  INITIAL_CURSOR,
  ModelUpgradeNoteSchema,
  type AssessmentRecord,
  type AssessmentStatus,
  type AssessmentSummary,
  type Cursor,
} from '@contract/records';
import type { RepoDeps } from '../deps';
import { canonicalJson } from '../canonical-json';
import { readJson } from '../json-column';
import type { WriteAck } from './answers';
import type { ChangeTracker } from './changes';

export interface AssessmentRow {
  id: string;
  enterprise_id: string;
  model_id: string;
  model_version: string;
  status: AssessmentStatus;
  consultant_name: string;
  consultant_org: string;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
  funding_inputs: string;
  cursor: string;
  revision: number;
  model_upgrades: string;
}

interface SummaryRow extends AssessmentRow {
  enterprise_name: string;
  answered_count: number;
}

export interface NewAssessment {
  enterpriseId: string;
  modelId: string;
  modelVersion: string;
  consultantName: string;
  consultantOrg: string;
}

export interface AssessmentQuery {
  enterpriseId?: string | undefined;
  status?: AssessmentStatus | undefined;
  offset: number;
  limit: number;
}

export interface AssessmentRepository {
  create(input: NewAssessment): AssessmentRecord;
  get(id: string): AssessmentRecord;
  find(id: string): AssessmentRecord | undefined;
  list(q: AssessmentQuery): { items: AssessmentSummary[]; total: number };
  /** UI position only: not a content change, so the revision stays */
  setCursor(id: string, cursor: Cursor): { savedAt: string };
  saveFunding(id: string, funding: FundingInputs): WriteAck;
  /** the consultant and organisation of this assessment; a change is a new revision (the report shows them) */
  setPeople(id: string, people: { consultantName: string; consultantOrg: string }): WriteAck;
  complete(id: string): AssessmentRecord;
  reopen(id: string): AssessmentRecord;
  /** writes a record as given (bundle import); the caller has validated it */
  put(record: AssessmentRecord): void;
  /** every questionnaire (id, version) some assessment was answered under */
  modelVersions(): Array<{ modelId: string; modelVersion: string }>;
  /** the assessments answered under one questionnaire version */
  idsAt(modelId: string, modelVersion: string): string[];
}

export function toAssessmentRecord(row: AssessmentRow): AssessmentRecord {
  const where = `assessment ${row.id}`;
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    modelId: row.model_id,
    modelVersion: row.model_version,
    status: row.status,
    consultantName: row.consultant_name,
    consultantOrg: row.consultant_org,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
    fundingInputs: readJson(FundingInputsSchema, row.funding_inputs, where),
    cursor: readJson(CursorSchema, row.cursor, where),
    revision: row.revision,
    modelUpgrades: readJson(ModelUpgradeNoteSchema.array(), row.model_upgrades, where),
  };
}

function toSummary(row: SummaryRow): AssessmentSummary {
  const { fundingInputs: _omitted, modelUpgrades: _notes, ...record } = toAssessmentRecord(row);
  return { ...record, enterpriseName: row.enterprise_name, answeredCount: row.answered_count };
}

export function assessmentRepository(deps: RepoDeps, changes: ChangeTracker): AssessmentRepository {
  const { db, stamp } = deps;
  const byId = db.prepare<[string], AssessmentRow>('SELECT * FROM assessments WHERE id = ?');
  const enterpriseExists = db.prepare<[string], { id: string }>('SELECT id FROM enterprises WHERE id = ?');
  const upsert = db.prepare(
    `INSERT INTO assessments (id, enterprise_id, model_id, model_version, status, consultant_name, consultant_org,
       created_at, updated_at, completed_at, funding_inputs, cursor, revision, model_upgrades)
     VALUES (@id, @enterpriseId, @modelId, @modelVersion, @status, @consultantName, @consultantOrg,
       @createdAt, @updatedAt, @completedAt, @fundingInputs, @cursor, @revision, @modelUpgrades)
     ON CONFLICT (id) DO UPDATE SET enterprise_id = excluded.enterprise_id, model_id = excluded.model_id,
       model_version = excluded.model_version, status = excluded.status, consultant_name = excluded.consultant_name,
       consultant_org = excluded.consultant_org, created_at = excluded.created_at, updated_at = excluded.updated_at,
       completed_at = excluded.completed_at, funding_inputs = excluded.funding_inputs, cursor = excluded.cursor,
       revision = excluded.revision, model_upgrades = excluded.model_upgrades`,
  );
  const updateCursor = db.prepare<[string, string]>('UPDATE assessments SET cursor = ? WHERE id = ?');
  const versions = db.prepare<[], { model_id: string; model_version: string }>(
    'SELECT DISTINCT model_id, model_version FROM assessments',
  );
  const idsAt = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM assessments WHERE model_id = ? AND model_version = ? ORDER BY id',
  );
  const updateFunding = db.prepare<[string, string]>(
    'UPDATE assessments SET funding_inputs = ? WHERE id = ?',
  );
  const updatePeople = db.prepare<[string, string, string]>(
    'UPDATE assessments SET consultant_name = ?, consultant_org = ? WHERE id = ?',
  );
  const updateStatus = db.prepare<[AssessmentStatus, string | null, string]>(
    'UPDATE assessments SET status = ?, completed_at = ? WHERE id = ?',
  );
  const filter = `WHERE (@enterpriseId IS NULL OR a.enterprise_id = @enterpriseId) AND (@status IS NULL OR a.status = @status)`;
  const page = db.prepare<Record<string, unknown>, SummaryRow>(
    `SELECT a.*, e.name AS enterprise_name,
       (SELECT count(*) FROM answers x WHERE x.assessment_id = a.id AND x.value IS NOT NULL) AS answered_count
     FROM assessments a JOIN enterprises e ON e.id = a.enterprise_id ${filter}
     ORDER BY a.updated_at DESC, a.id LIMIT @limit OFFSET @offset`,
  );
  const count = db.prepare<Record<string, unknown>, { n: number }>(
    `SELECT count(*) AS n FROM assessments a ${filter}`,
  );

  const find = (id: string) => {
    const row = byId.get(id);
    return row && toAssessmentRecord(row);
  };
  const get = (id: string) => {
    const record = find(id);
    if (!record) throw new AppError('not_found', `找不到评估（${id}）`, { id });
    return record;
  };
  const put = (r: AssessmentRecord): void => {
    upsert.run({
      ...r,
      fundingInputs: JSON.stringify(r.fundingInputs),
      cursor: JSON.stringify(r.cursor),
      modelUpgrades: JSON.stringify(r.modelUpgrades),
    });
  };
  const setStatus = (id: string, status: AssessmentStatus) =>
    db.transaction(() => {
      const change = changes.begin(id, { allowCompleted: true });
      if (get(id).status !== status) {
        updateStatus.run(status, status === 'completed' ? change.at : null, id);
        changes.commit(change);
      }
      return get(id);
    })();

  return {
    create(input) {
      if (!enterpriseExists.get(input.enterpriseId)) {
        throw new AppError('not_found', `找不到企业（${input.enterpriseId}），无法新建评估`, {
          id: input.enterpriseId,
        });
      }
      const at = stamp();
      const record: AssessmentRecord = {
        id: randomUUID(),
        ...input,
        status: 'draft',
        createdAt: at,
        updatedAt: at,
        completedAt: null,
        fundingInputs: FundingInputsSchema.parse({}),
        cursor: INITIAL_CURSOR,
        revision: 0,
        modelUpgrades: [],
      };
      put(record);
      return record;
    },
    get,
    find,
    modelVersions: () => versions.all().map((r) => ({ modelId: r.model_id, modelVersion: r.model_version })),
    idsAt: (modelId, modelVersion) => idsAt.all(modelId, modelVersion).map((r) => r.id),
    list({ enterpriseId, status, offset, limit }) {
      const params = { enterpriseId: enterpriseId ?? null, status: status ?? null };
      return {
        items: page.all({ ...params, offset, limit }).map(toSummary),
        total: count.get(params)?.n ?? 0,
      };
    },
    setCursor(id, cursor) {
      if (updateCursor.run(JSON.stringify(cursor), id).changes === 0) {
        throw new AppError('not_found', `找不到评估（${id}）`, { id });
      }
      return { savedAt: stamp() };
    },
    saveFunding(id, funding) {
      return db.transaction(() => {
        const change = changes.begin(id);
        const next = FundingInputsSchema.parse(funding);
        // the same inputs sent again (a save with nothing changed) is no new revision
        if (canonicalJson(next) === canonicalJson(get(id).fundingInputs)) {
          return { savedAt: change.at, revision: change.revision - 1 };
        }
        updateFunding.run(JSON.stringify(next), id);
        changes.commit(change);
        return { savedAt: change.at, revision: change.revision };
      })();
    },
    setPeople(id, { consultantName, consultantOrg }) {
      return db.transaction(() => {
        const change = changes.begin(id);
        const now = get(id);
        if (now.consultantName === consultantName && now.consultantOrg === consultantOrg) {
          return { savedAt: change.at, revision: now.revision };
        }
        updatePeople.run(consultantName, consultantOrg, id);
        changes.commit(change);
        return { savedAt: change.at, revision: change.revision };
      })();
    },
    complete: (id) => setStatus(id, 'completed'),
    reopen: (id) => setStatus(id, 'draft'),
    put,
  };
}
