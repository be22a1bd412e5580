import { randomUUID } from 'node:crypto';
import { AppError } from '@contract/errors';
import { EVIDENCE_BUDGET_BYTES, MAX_EVIDENCE_BYTES, evidenceBudget } from '@contract/bundle-limits';
import type { EvidenceRecord } from '@contract/records';
import { sha256Of, type BlobStore } from '../blobs';
import type { RepoDeps } from '../deps';
import type { WriteAck } from './answers';
import type { ChangeTracker } from './changes';

interface EvidenceRow {
  id: string;
  assessment_id: string;
  item_id: string | null;
  sha256: string;
  file_name: string;
  mime_type: string;
  size: number;
  added_at: string;
}

export interface NewEvidence {
  assessmentId: string;
  itemId: string | null;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface EvidenceRepository {
  add(input: NewEvidence): EvidenceRecord;
  /** what the assessment's evidence weighs in its bundle: each distinct file counted once */
  bundleBytes(assessmentId: string): number;
  list(assessmentId: string, itemId?: string): EvidenceRecord[];
  remove(id: string): WriteAck;
  read(id: string): { record: EvidenceRecord; bytes: Buffer };
  /** writes a record as given (bundle import); its file must already be in the blob store */
  put(record: EvidenceRecord): void;
  /** the assessment an evidence id belongs to, if any (bundle import checks ids are not taken) */
  ownerOf(id: string): string | undefined;
}

const toRecord = (r: EvidenceRow): EvidenceRecord => ({
  id: r.id,
  assessmentId: r.assessment_id,
  itemId: r.item_id,
  sha256: r.sha256,
  fileName: r.file_name,
  mimeType: r.mime_type,
  size: r.size,
  addedAt: r.added_at,
});

export function evidenceRepository(
  deps: RepoDeps,
  changes: ChangeTracker,
  blobs: BlobStore,
  budget: number = EVIDENCE_BUDGET_BYTES,
): EvidenceRepository {
  const { db } = deps;
  const byId = db.prepare<[string], EvidenceRow>('SELECT * FROM evidence WHERE id = ?');
  const same = db.prepare<[string, string | null, string], EvidenceRow>(
    'SELECT * FROM evidence WHERE assessment_id = ? AND item_id IS ? AND sha256 = ?',
  );
  const ofAssessment = db.prepare<{ assessmentId: string; itemId: string | null }, EvidenceRow>(
    'SELECT * FROM evidence WHERE assessment_id = @assessmentId AND (@itemId IS NULL OR item_id = @itemId) ORDER BY added_at, rowid',
  );
  const insert = db.prepare(
    `INSERT INTO evidence (id, assessment_id, item_id, sha256, file_name, mime_type, size, added_at)
     VALUES (@id, @assessmentId, @itemId, @sha256, @fileName, @mimeType, @size, @addedAt)`,
  );
  const drop = db.prepare<[string]>('DELETE FROM evidence WHERE id = ?');
  const distinctTotal = db.prepare<[string], { total: number }>(
    'SELECT COALESCE(SUM(size), 0) AS total FROM (SELECT DISTINCT sha256, size FROM evidence WHERE assessment_id = ?)',
  );
  const holds = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM evidence WHERE assessment_id = ? AND sha256 = ?',
  );
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

  /** A file that would take the assessment past what one bundle carries is refused: it could not travel. */
  const assertFitsBundle = (assessmentId: string, fileName: string, sha256: string, size: number) => {
    const adding = (holds.get(assessmentId, sha256)?.n ?? 0) > 0 ? 0 : size;
    const current = distinctTotal.get(assessmentId)?.total ?? 0;
    if (evidenceBudget(current, adding, budget) !== 'over') return;
    throw new AppError(
      'invalid_input',
      `添加「${fileName}」后，这份评估的佐证材料合计 ${mb(current + adding)}，超过一个评估包能携带的 ${mb(budget)}，导出后无法在另一台电脑导入。请先压缩照片或删除不需要的文件`,
      { fileName, total: current + adding, limit: budget },
    );
  };

  const find = (id: string): EvidenceRecord => {
    const row = byId.get(id);
    if (!row) throw new AppError('not_found', `找不到佐证材料（${id}）`, { id });
    return toRecord(row);
  };

  return {
    add({ assessmentId, itemId, fileName, mimeType, bytes }) {
      if (bytes.length > MAX_EVIDENCE_BYTES) {
        throw new AppError(
          'invalid_input',
          `佐证文件「${fileName}」太大（${(bytes.length / 1048576).toFixed(1)} MB），单个文件上限为 ${mb(MAX_EVIDENCE_BYTES)}`,
          { fileName, size: bytes.length },
        );
      }
      // checked before the file is written (nothing to sweep) and again inside the transaction
      const sha256 = sha256Of(bytes);
      assertFitsBundle(assessmentId, fileName, sha256, bytes.length);
      // the file goes to disk first: if the transaction then fails, an unreferenced file is harmless
      const { size } = blobs.put(bytes, sha256);
      return db.transaction(() => {
        assertFitsBundle(assessmentId, fileName, sha256, size);
        const change = changes.begin(assessmentId);
        const existing = same.get(assessmentId, itemId, sha256);
        if (existing) return toRecord(existing);
        const record: EvidenceRecord = {
          id: randomUUID(),
          assessmentId,
          itemId,
          sha256,
          fileName,
          mimeType,
          size,
          addedAt: change.at,
        };
        insert.run(record);
        changes.commit(change);
        return record;
      })();
    },
    bundleBytes: (assessmentId) => distinctTotal.get(assessmentId)?.total ?? 0,
    list: (assessmentId, itemId) => ofAssessment.all({ assessmentId, itemId: itemId ?? null }).map(toRecord),
    remove(id) {
      return db.transaction(() => {
        const record = find(id);
        const change = changes.begin(record.assessmentId);
        drop.run(id);
        changes.commit(change);
        return { savedAt: change.at, revision: change.revision };
      })();
    },
    read(id) {
      const record = find(id);
      return { record, bytes: blobs.read(record.sha256) };
    },
    put: (record) => void insert.run(record),
    ownerOf: (id) => byId.get(id)?.assessment_id,
  };
}
