import { AssessmentDocumentSchema, type AssessmentDocument } from '../document';
import { canonicalJson } from '../canonical-json';
import { sha256Of } from '../blobs';
import type { RepoDeps } from '../deps';
import type { AnswerRepository } from './answers';
import type { AssessmentRepository } from './assessments';
import type { EvidenceRepository } from './evidence';

export type SupersededReason = 'replaced-by-import' | 'older-import';

export interface RevisionEntry {
  revision: number;
  updatedAt: string;
  supersededAt: string;
  reason: SupersededReason;
  document: AssessmentDocument;
}

export interface DocumentRepository {
  read(assessmentId: string): AssessmentDocument;
  /** Replaces the assessment's content with the document's; events are merged (the trail only grows). Call inside a transaction. */
  write(doc: AssessmentDocument): void;
  /** Keeps a superseded version in history; the same content is kept once. */
  archive(doc: AssessmentDocument, reason: SupersededReason): void;
  history(assessmentId: string): RevisionEntry[];
}

/** Content identity of a document: what it says, not where the UI was left (the cursor). */
export function documentDigest(doc: AssessmentDocument): string {
  const { cursor: _cursor, ...content } = doc;
  return sha256Of(Buffer.from(canonicalJson(content)));
}

export function documentRepository(
  deps: RepoDeps,
  repos: { assessments: AssessmentRepository; answers: AnswerRepository; evidence: EvidenceRepository },
): DocumentRepository {
  const { db, stamp } = deps;
  const deleteAnswers = db.prepare<[string]>('DELETE FROM answers WHERE assessment_id = ?');
  const deleteEvidence = db.prepare<[string]>('DELETE FROM evidence WHERE assessment_id = ?');
  const insertRevision = db.prepare(
    `INSERT INTO assessment_revisions (assessment_id, revision, updated_at, superseded_at, reason, sha256, document)
     VALUES (@assessmentId, @revision, @updatedAt, @supersededAt, @reason, @sha256, @document)
     ON CONFLICT (assessment_id, sha256) DO NOTHING`,
  );
  const selectRevisions = db.prepare<
    [string],
    {
      revision: number;
      updated_at: string;
      superseded_at: string;
      reason: SupersededReason;
      document: string;
    }
  >('SELECT * FROM assessment_revisions WHERE assessment_id = ? ORDER BY seq');

  return {
    read(assessmentId) {
      const record = repos.assessments.get(assessmentId);
      return {
        ...record,
        answers: repos.answers.list(assessmentId),
        events: repos.answers.allEvents(assessmentId),
        evidence: repos.evidence.list(assessmentId).map(({ assessmentId: _id, ...e }) => e),
      };
    },
    write(doc) {
      const { answers, events, evidence, ...record } = doc;
      repos.assessments.put(record);
      deleteAnswers.run(doc.id);
      deleteEvidence.run(doc.id);
      for (const a of answers) repos.answers.put(doc.id, a);
      for (const e of evidence) repos.evidence.put({ ...e, assessmentId: doc.id });
      for (const e of events) repos.answers.mergeEvent(doc.id, e);
    },
    archive(doc, reason) {
      insertRevision.run({
        assessmentId: doc.id,
        revision: doc.revision,
        updatedAt: doc.updatedAt,
        supersededAt: stamp(),
        reason,
        sha256: documentDigest(doc),
        document: JSON.stringify(doc),
      });
    },
    history: (assessmentId) =>
      selectRevisions.all(assessmentId).map((r) => ({
        revision: r.revision,
        updatedAt: r.updated_at,
        supersededAt: r.superseded_at,
        reason: r.reason,
        document: AssessmentDocumentSchema.parse(JSON.parse(r.document)),
      })),
  };
}
