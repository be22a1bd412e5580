import { randomUUID } from 'node:crypto';
import type { RepoDeps } from '../deps';

/** A report file produced for an assessment (the report service records each export here). */
export interface ReportRecord {
  id: string;
  assessmentId: string;
  /** e.g. 'diagnosis-pdf' */
  kind: string;
  fileName: string;
  /** where the user saved it, when known */
  savedTo: string | null;
  sha256: string;
  size: number;
  createdAt: string;
}

interface ReportRow {
  id: string;
  assessment_id: string;
  kind: string;
  file_name: string;
  saved_to: string | null;
  sha256: string;
  size: number;
  created_at: string;
}

export interface ReportRepository {
  add(input: Omit<ReportRecord, 'id' | 'createdAt'>): ReportRecord;
  list(assessmentId: string): ReportRecord[];
}

/**
 * `logExports` false: a read-only data folder, where the report is still produced and saved
 * wherever the consultant chooses, but the export cannot be logged in the database.
 */
export function reportRepository({ db, stamp }: RepoDeps, logExports = true): ReportRepository {
  const insert = db.prepare(
    `INSERT INTO reports (id, assessment_id, kind, file_name, saved_to, sha256, size, created_at)
     VALUES (@id, @assessmentId, @kind, @fileName, @savedTo, @sha256, @size, @createdAt)`,
  );
  const ofAssessment = db.prepare<[string], ReportRow>(
    'SELECT * FROM reports WHERE assessment_id = ? ORDER BY created_at DESC, rowid DESC',
  );
  return {
    add(input) {
      const record: ReportRecord = { id: randomUUID(), ...input, createdAt: stamp() };
      if (logExports) insert.run(record);
      return record;
    },
    list: (assessmentId) =>
      ofAssessment.all(assessmentId).map((r) => ({
        id: r.id,
        assessmentId: r.assessment_id,
        kind: r.kind,
        fileName: r.file_name,
        savedTo: r.saved_to,
        sha256: r.sha256,
        size: r.size,
        createdAt: r.created_at,
      })),
  };
}
