import { randomUUID } from 'node:crypto';
import { checkCreditCode } from '@engine/credit-code';
import { EnterpriseProfileSchema, type EnterpriseProfile } from '@engine/enterprise';
import { deriveSizeClass } from '@engine/size-class';
import { AppError } from '@contract/errors';
import type { EnterpriseRecord, EnterpriseSummary } from '@contract/records';
import type { RepoDeps } from '../deps';
import { readJson } from '../json-column';

interface EnterpriseRow {
  id: string;
  profile: string;
  size_class: string;
  created_at: string;
  updated_at: string;
}

interface SummaryRow {
  id: string;
  name: string;
  credit_code: string;
  city: string;
  district: string | null;
  size_class: EnterpriseSummary['sizeClass'];
  assessment_count: number;
  updated_at: string;
}

export interface EnterpriseQuery {
  query: string;
  city?: string | undefined;
  offset: number;
  limit: number;
}

export interface EnterpriseRepository {
  list(q: EnterpriseQuery): { items: EnterpriseSummary[]; total: number };
  get(id: string): EnterpriseRecord;
  find(id: string): EnterpriseRecord | undefined;
  findByCreditCode(creditCode: string): EnterpriseRecord | undefined;
  /** creates (no id) or updates; checks the credit code and that no other enterprise holds it */
  save(input: { id?: string | undefined; profile: EnterpriseProfile }): EnterpriseRecord;
  /** writes a record as given (bundle import); the caller has validated it; the size class is derived */
  put(record: Omit<EnterpriseRecord, 'sizeClass'>): void;
  /** keeps a profile an import is about to replace; call inside the import's transaction */
  archive(record: EnterpriseRecord, reason: EnterpriseSupersededReason): void;
  /** the profiles this enterprise had before, oldest first */
  history(id: string): EnterpriseRevision[];
}

export type EnterpriseSupersededReason = 'replaced-by-import';

export interface EnterpriseRevision {
  profile: EnterpriseProfile;
  updatedAt: string;
  supersededAt: string;
  reason: EnterpriseSupersededReason;
}

interface RevisionRow {
  profile: string;
  updated_at: string;
  superseded_at: string;
  reason: EnterpriseSupersededReason;
}

export function assertCreditCode(code: string): void {
  const check = checkCreditCode(code);
  if (check.valid) return;
  const message =
    check.reason === 'check'
      ? `统一社会信用代码 ${code} 的校验位不正确（按 GB 32100-2015 应为 ${check.expected}），请核对营业执照`
      : `统一社会信用代码 ${code} 格式不正确：应为 18 位，由数字和大写字母组成（不含 I、O、S、V、Z）`;
  throw new AppError('invalid_input', message, { field: 'profile.creditCode', ...check });
}

export function sizeClassOf(profile: EnterpriseProfile): EnterpriseRecord['sizeClass'] {
  return profile.sizeClassOverride ?? deriveSizeClass(profile.employees, profile.revenueWan);
}

/** LIKE pattern for a substring search; the user's own % and _ match literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function enterpriseRepository({ db, stamp }: RepoDeps): EnterpriseRepository {
  const byId = db.prepare<[string], EnterpriseRow>('SELECT * FROM enterprises WHERE id = ?');
  const byCode = db.prepare<[string], EnterpriseRow>('SELECT * FROM enterprises WHERE credit_code = ?');
  const upsert = db.prepare(
    `INSERT INTO enterprises (id, credit_code, name, city, district, industry_code, size_class, profile, created_at, updated_at)
     VALUES (@id, @creditCode, @name, @city, @district, @industryCode, @sizeClass, @profile, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET credit_code = excluded.credit_code, name = excluded.name, city = excluded.city,
       district = excluded.district, industry_code = excluded.industry_code, size_class = excluded.size_class,
       profile = excluded.profile, updated_at = excluded.updated_at`,
  );
  const insertRevision = db.prepare(
    `INSERT INTO enterprise_revisions (enterprise_id, updated_at, superseded_at, reason, profile)
     VALUES (@enterpriseId, @updatedAt, @supersededAt, @reason, @profile)`,
  );
  const selectRevisions = db.prepare<[string], RevisionRow>(
    'SELECT * FROM enterprise_revisions WHERE enterprise_id = ? ORDER BY seq',
  );
  const where = `WHERE (@query = '' OR e.name LIKE @pattern ESCAPE '\\' OR e.credit_code LIKE @pattern ESCAPE '\\'
      OR e.city LIKE @pattern ESCAPE '\\' OR e.district LIKE @pattern ESCAPE '\\')
    AND (@city IS NULL OR e.city = @city)`;
  const page = db.prepare<Record<string, unknown>, SummaryRow>(
    `SELECT e.id, e.name, e.credit_code, e.city, e.district, e.size_class, e.updated_at,
       (SELECT count(*) FROM assessments a WHERE a.enterprise_id = e.id) AS assessment_count
     FROM enterprises e ${where}
     ORDER BY e.updated_at DESC, e.id LIMIT @limit OFFSET @offset`,
  );
  const count = db.prepare<Record<string, unknown>, { n: number }>(
    `SELECT count(*) AS n FROM enterprises e ${where}`,
  );

  const toRecord = (row: EnterpriseRow): EnterpriseRecord => {
    const profile = readJson(EnterpriseProfileSchema, row.profile, `enterprise ${row.id}`);
    return {
      id: row.id,
      profile,
      sizeClass: sizeClassOf(profile),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  };
  const find = (id: string) => {
    const row = byId.get(id);
    return row && toRecord(row);
  };
  const put = (record: Omit<EnterpriseRecord, 'sizeClass'>): void => {
    const { profile } = record;
    upsert.run({
      id: record.id,
      creditCode: profile.creditCode,
      name: profile.name,
      city: profile.region.city,
      district: profile.region.district ?? null,
      industryCode: profile.industryCode,
      sizeClass: sizeClassOf(profile),
      profile: JSON.stringify(profile),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    });
  };

  return {
    list({ query, city, offset, limit }) {
      const params = { query, pattern: containsPattern(query), city: city ?? null };
      const items = page.all({ ...params, offset, limit }).map((r) => ({
        id: r.id,
        name: r.name,
        creditCode: r.credit_code,
        city: r.city,
        district: r.district,
        sizeClass: r.size_class,
        assessmentCount: r.assessment_count,
        updatedAt: r.updated_at,
      }));
      return { items, total: count.get(params)?.n ?? 0 };
    },
    get(id) {
      const record = find(id);
      if (!record) throw new AppError('not_found', `找不到企业（${id}）`, { id });
      return record;
    },
    find,
    findByCreditCode(code) {
      const row = byCode.get(code);
      return row && toRecord(row);
    },
    save({ id, profile }) {
      assertCreditCode(profile.creditCode);
      return db.transaction(() => {
        const existing = id === undefined ? undefined : find(id);
        if (id !== undefined && !existing)
          throw new AppError('not_found', `找不到要修改的企业（${id}）`, { id });
        const holder = byCode.get(profile.creditCode);
        if (holder && holder.id !== id) {
          const name = readJson(EnterpriseProfileSchema, holder.profile, `enterprise ${holder.id}`).name;
          throw new AppError(
            'conflict',
            `统一社会信用代码 ${profile.creditCode} 已登记在企业「${name}」名下，同一代码不能登记两次`,
            { field: 'profile.creditCode', existingId: holder.id },
          );
        }
        const at = stamp();
        const record: EnterpriseRecord = {
          id: existing?.id ?? randomUUID(),
          profile,
          sizeClass: sizeClassOf(profile),
          createdAt: existing?.createdAt ?? at,
          updatedAt: at,
        };
        put(record);
        return record;
      })();
    },
    put,
    archive(record, reason) {
      insertRevision.run({
        enterpriseId: record.id,
        updatedAt: record.updatedAt,
        supersededAt: stamp(),
        reason,
        profile: JSON.stringify(record.profile),
      });
    },
    history: (id) =>
      selectRevisions.all(id).map((r) => ({
        profile: readJson(EnterpriseProfileSchema, r.profile, `enterprise ${id} history`),
        updatedAt: r.updated_at,
        supersededAt: r.superseded_at,
        reason: r.reason,
      })),
  };
}
