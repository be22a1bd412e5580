/**
 * The records of the local store (enterprises, assessments and their answers, evidence, settings,
 * backups) and the small shapes the method files share. Defined once here; the method files in
 * ./methods/, the store's repositories and the bundle format reuse them.
 */
import { z } from 'zod';
import { AnswerValueSchema, ItemIdSchema } from '@engine/answer';
import { EnterpriseProfileSchema, SizeClassSchema } from '@engine/enterprise';
import { FundingInputsSchema } from '@engine/funding';
import { RespondentRoleSchema } from '@engine/model/roles';
import { MAX_EVIDENCE_BYTES } from './bundle-limits';

export const IdSchema = z.uuid();
export const TimestampSchema = z.iso.datetime();
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256: 64 lower-case hex digits');
export const ModelIdSchema = z.string().min(1).max(64);
/**
 * A billion changes to one assessment is beyond any real use; a larger revision can only come
 * from a crafted or corrupted bundle, and near 2^53 it would stop counting.
 */
export const MAX_REVISION = 1_000_000_000;
export const ModelVersionSchema = z.string().min(1).max(32);

export { MAX_BUNDLE_BYTES, MAX_EVIDENCE_BYTES } from './bundle-limits';
/**
 * A bundle sent inline as base64 (bundle.import's { base64 }, bundle.importMany): must fit the web
 * shell's 80 MB request body. Larger bundles travel as a file (a staged upload or a chosen path).
 */
export const MAX_INLINE_BUNDLE_BYTES = 56 * 1024 * 1024;
export const base64Of = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

/** A file the shell holds for a later call (a bundle chosen, double-clicked or uploaded). */
export const StagedFileIdSchema = z.uuid();
export const StagedFileSchema = z.object({
  fileId: StagedFileIdSchema,
  /** the file's base name, as the import screen shows it */
  fileName: z.string().max(255),
  size: z.number().int().min(0),
});
export type StagedFile = z.infer<typeof StagedFileSchema>;

// ---- records -------------------------------------------------------------------------------

export const EnterpriseRecordSchema = z.object({
  id: IdSchema,
  profile: EnterpriseProfileSchema,
  /** the override when set, otherwise derived from employees and revenue */
  sizeClass: SizeClassSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type EnterpriseRecord = z.infer<typeof EnterpriseRecordSchema>;

export const EnterpriseSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  creditCode: z.string(),
  city: z.string(),
  district: z.string().nullable(),
  sizeClass: SizeClassSchema,
  assessmentCount: z.number().int().min(0),
  updatedAt: TimestampSchema,
});
export type EnterpriseSummary = z.infer<typeof EnterpriseSummarySchema>;

export const AssessmentStatusSchema = z.enum(['draft', 'completed']);
export type AssessmentStatus = z.infer<typeof AssessmentStatusSchema>;

/** Where the consultant left off, so reopening resumes on the same item in the same view. */
/** More than any questionnaire has items: a bound on what a client may send. */
const MAX_OPENED = 2000;
export const CursorSchema = z.object({
  itemId: ItemIdSchema.nullable(),
  view: z
    .string()
    .min(1)
    .max(32)
    .regex(/^[a-z][a-z0-9-]*$/, 'view: lower-case slug'),
  /** passed-over questions the consultant chose to ask anyway (kept across a reload) */
  opened: z.array(ItemIdSchema).max(MAX_OPENED).optional(),
});
export type Cursor = z.infer<typeof CursorSchema>;
export const INITIAL_CURSOR: Cursor = { itemId: null, view: 'questionnaire' };

/**
 * One questionnaire upgrade an assessment's answers went through (an older pack version to a newer
 * one, by the mapping the newer pack declares): what changed, named by the question as it was asked,
 * and the changed or dropped answers exactly as they were saved, so nothing is lost.
 */
export const ModelUpgradeNoteSchema = z.object({
  fromVersion: ModelVersionSchema,
  toVersion: ModelVersionSchema,
  at: TimestampSchema,
  changes: z
    .array(
      z.object({
        itemId: ItemIdSchema,
        question: z.string().min(1).max(2000),
        outcome: z.enum(['moved', 'dropped']),
        to: ItemIdSchema.nullable(),
        reason: z.string().min(1).max(2000).nullable(),
      }),
    )
    .max(500),
  original: z
    .array(
      z.object({
        itemId: ItemIdSchema,
        value: AnswerValueSchema.nullable(),
        note: z.string().max(4000),
        updatedAt: TimestampSchema,
      }),
    )
    .max(500),
});
export type ModelUpgradeNote = z.infer<typeof ModelUpgradeNoteSchema>;

export const AssessmentRecordSchema = z.object({
  id: IdSchema,
  enterpriseId: IdSchema,
  modelId: ModelIdSchema,
  modelVersion: ModelVersionSchema,
  status: AssessmentStatusSchema,
  consultantName: z.string().max(60),
  consultantOrg: z.string().max(120),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  completedAt: TimestampSchema.nullable(),
  fundingInputs: FundingInputsSchema,
  cursor: CursorSchema,
  /** grows with every change to answers, evidence, funding inputs or status */
  revision: z.number().int().min(0).max(MAX_REVISION),
  /** questionnaire upgrades its answers went through, oldest first (bundles made before have none) */
  modelUpgrades: z.array(ModelUpgradeNoteSchema).max(20).default([]),
});
export type AssessmentRecord = z.infer<typeof AssessmentRecordSchema>;

export const AssessmentSummarySchema = AssessmentRecordSchema.omit({
  fundingInputs: true,
  modelUpgrades: true,
}).extend({
  enterpriseName: z.string(),
  answeredCount: z.number().int().min(0),
  /** the questions the interview asks (as the walkthrough counts them); absent for an unknown model */
  askedCount: z.number().int().min(0).optional(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummarySchema>;

/** Whether the evidence behind an answer was seen on site. */
export const SightedSchema = z.enum(['yes', 'no', 'unspecified']);
export type Sighted = z.infer<typeof SightedSchema>;

/** The state of one answer: value null = not answered yet (a note or flag may exist alone). */
export const AnswerStateSchema = z.object({
  value: AnswerValueSchema.nullable(),
  note: z.string().max(4000),
  flagged: z.boolean(),
  /** who gave the answer (an interview role); null = not recorded (answers saved before, profile facts) */
  respondent: RespondentRoleSchema.nullable().default(null),
  sighted: SightedSchema.default('unspecified'),
});
export type AnswerState = z.infer<typeof AnswerStateSchema>;
/** An answer state as callers may write it: without respondent or sighted, the stored ones stay. */
export type AnswerStateInput = Omit<AnswerState, 'respondent' | 'sighted'> &
  Partial<Pick<AnswerState, 'respondent' | 'sighted'>>;

export const AnswerRecordSchema = AnswerStateSchema.extend({
  itemId: ItemIdSchema,
  updatedAt: TimestampSchema,
  /** the assessment revision this answer was last written at */
  revision: z.number().int().min(1).max(MAX_REVISION),
});
export type AnswerRecord = z.infer<typeof AnswerRecordSchema>;
export type AnswerRecordInput = Omit<AnswerRecord, 'respondent' | 'sighted'> &
  Partial<Pick<AnswerRecord, 'respondent' | 'sighted'>>;

/** One row of the append-only audit trail. */
export const AnswerEventSchema = z.object({
  id: IdSchema,
  itemId: ItemIdSchema,
  old: AnswerStateSchema.nullable(),
  new: AnswerStateSchema,
  at: TimestampSchema,
  by: z.string().max(120),
  revision: z.number().int().min(1).max(MAX_REVISION),
});
export type AnswerEvent = z.infer<typeof AnswerEventSchema>;

export const FileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', '文件名不能包含路径');
export const MimeTypeSchema = z
  .string()
  .max(127)
  .regex(/^[\w.+-]+\/[\w.+-]+$/, 'MIME type');

export const EvidenceRecordSchema = z.object({
  id: IdSchema,
  assessmentId: IdSchema,
  itemId: ItemIdSchema.nullable(),
  sha256: Sha256Schema,
  fileName: FileNameSchema,
  mimeType: MimeTypeSchema,
  size: z.number().int().min(0).max(MAX_EVIDENCE_BYTES),
  addedAt: TimestampSchema,
});
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

export const LanguageSchema = z.enum(['zh-CN', 'en', 'zh-TW']);
export const SettingsSchema = z.object({
  language: LanguageSchema.default('zh-CN'),
  consultantName: z.string().trim().max(60).default(''),
  organisation: z.string().trim().max(120).default(''),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const BackupKindSchema = z.enum(['daily', 'pre-migration', 'pre-restore']);
export const BackupInfoSchema = z.object({
  fileName: z.string(),
  kind: BackupKindSchema,
  createdAt: TimestampSchema,
  size: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

/** What the store did on open because the database file was damaged or missing; the UI shows it. */
export const RecoverySchema = z.object({
  /**
   * repaired: fixed in place (indexes rebuilt, readable rows salvaged, version number corrected),
   * nothing rolled back; lost-writes: the database holds less than was acknowledged (WAL loss)
   */
  reason: z.enum(['zero-byte', 'not-sqlite', 'corrupt', 'bad-version', 'missing', 'repaired', 'lost-writes']),
  /** file name the damaged database was renamed to (kept, never deleted) */
  movedAside: z.string().nullable(),
  /** backup the store started from; null = no good backup, started empty */
  restoredFrom: z.string().nullable(),
  at: TimestampSchema,
  message: z.string(),
});
export type Recovery = z.infer<typeof RecoverySchema>;

// ---- shapes the method files share -----------------------------------------------------------

export const NoInput = z.object({}).strict();
export const Paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
};
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int().min(0) });
export const ById = z.object({ id: IdSchema });
export const WriteAck = z.object({ savedAt: TimestampSchema, revision: z.number().int().min(0) });

export const ImportOutcomeSchema = z.enum([
  'created', // the assessment was new here
  'updated', // the bundle was newer; the local version went to history
  'unchanged', // same revision and content
  'kept-local', // the local version is newer; the bundle's version went to history
]);
