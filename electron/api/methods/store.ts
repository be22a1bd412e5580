/**
 * Contract of the local store: enterprises, assessments and their answers, evidence, settings,
 * backups and assessment bundles. Record schemas are defined once here; the store's repositories
 * and the bundle format reuse them.
 */
import { z } from 'zod';
import { AnswerValueSchema, ItemIdSchema } from '../../../assessments/engine/answer';
import { EnterpriseProfileSchema, SizeClassSchema } from '../../../assessments/engine/enterprise';
import { FundingInputsEntrySchema, FundingInputsSchema } from '../../../assessments/engine/funding';
import { RespondentRoleSchema } from '../../../assessments/engine/model/roles';
import { method } from '../method';

export const IdSchema = z.uuid();
export const TimestampSchema = z.iso.datetime();
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256: 64 lower-case hex digits');
const ModelIdSchema = z.string().min(1).max(64);
/**
 * A billion changes to one assessment is beyond any real use; a larger revision can only come
 * from a crafted or corrupted bundle, and near 2^53 it would stop counting.
 */
export const MAX_REVISION = 1_000_000_000;
const ModelVersionSchema = z.string().min(1).max(32);

import { MAX_EVIDENCE_BYTES } from '../bundle-limits';
export { MAX_BUNDLE_BYTES, MAX_EVIDENCE_BYTES } from '../bundle-limits';
/**
 * A bundle sent inline as base64 (bundle.import's { base64 }, bundle.importMany): must fit the web
 * shell's 80 MB request body. Larger bundles travel as a file (a staged upload or a chosen path).
 */
export const MAX_INLINE_BUNDLE_BYTES = 56 * 1024 * 1024;
const base64Of = (maxBytes: number) =>
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
export const CursorSchema = z.object({
  itemId: ItemIdSchema.nullable(),
  view: z
    .string()
    .min(1)
    .max(32)
    .regex(/^[a-z][a-z0-9-]*$/, 'view: lower-case slug'),
});
export type Cursor = z.infer<typeof CursorSchema>;
export const INITIAL_CURSOR: Cursor = { itemId: null, view: 'questionnaire' };

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
});
export type AssessmentRecord = z.infer<typeof AssessmentRecordSchema>;

export const AssessmentSummarySchema = AssessmentRecordSchema.omit({ fundingInputs: true }).extend({
  enterpriseName: z.string(),
  answeredCount: z.number().int().min(0),
  /** the questions the interview asks (as the walkthrough counts them); absent for an unknown model */
  askedCount: z.number().int().min(0).optional(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummarySchema>;

/** The state of one answer: value null = not answered yet (a note or flag may exist alone). */
/** Whether the evidence behind an answer was seen on site. */
export const SightedSchema = z.enum(['yes', 'no', 'unspecified']);
export type Sighted = z.infer<typeof SightedSchema>;

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

// ---- methods -------------------------------------------------------------------------------

const NoInput = z.object({}).strict();
const Paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
};
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int().min(0) });
const ById = z.object({ id: IdSchema });
const WriteAck = z.object({ savedAt: TimestampSchema, revision: z.number().int().min(0) });

export const ImportOutcomeSchema = z.enum([
  'created', // the assessment was new here
  'updated', // the bundle was newer; the local version went to history
  'unchanged', // same revision and content
  'kept-local', // the local version is newer; the bundle's version went to history
]);

export const storeMethods = {
  'store.status': method(
    NoInput,
    z.object({
      schemaVersion: z.number().int(),
      recovery: RecoverySchema.nullable(),
      lastBackup: BackupInfoSchema.nullable(),
      /** why the last daily backup failed (Chinese, names the folder); null when backups are fine */
      backupError: z.string().nullable(),
      /** the data folder cannot be written: what the banner says (view and export only); null normally */
      readOnly: z.string().nullable(),
    }),
  ),

  'enterprise.list': method(
    z.object({
      /** matches name, credit code or city (substring) */
      query: z.string().trim().max(60).default(''),
      city: z.string().max(16).optional(),
      ...Paging,
    }),
    page(EnterpriseSummarySchema),
  ),
  'enterprise.get': method(ById, EnterpriseRecordSchema),
  'enterprise.save': method(
    z.object({ id: IdSchema.optional(), profile: EnterpriseProfileSchema }),
    EnterpriseRecordSchema,
  ),

  'assessment.create': method(
    z.object({
      enterpriseId: IdSchema,
      modelId: ModelIdSchema,
      modelVersion: ModelVersionSchema,
      /** defaults to the consultant name and organisation in settings */
      consultantName: z.string().trim().max(60).optional(),
      consultantOrg: z.string().trim().max(120).optional(),
    }),
    AssessmentRecordSchema,
  ),
  'assessment.list': method(
    z.object({ enterpriseId: IdSchema.optional(), status: AssessmentStatusSchema.optional(), ...Paging }),
    page(AssessmentSummarySchema),
  ),
  'assessment.get': method(
    ById,
    z.object({ assessment: AssessmentRecordSchema, answers: z.array(AnswerRecordSchema) }),
  ),
  /** autosave of one answer: resolves only after the write is committed to disk */
  'assessment.answer': method(
    z.object({
      assessmentId: IdSchema,
      itemId: ItemIdSchema,
      value: AnswerValueSchema.nullable(),
      note: z.string().max(4000).default(''),
      flagged: z.boolean().default(false),
      /** absent: keep what is stored */
      respondent: RespondentRoleSchema.nullable().optional(),
      sighted: SightedSchema.optional(),
    }),
    WriteAck,
  ),
  'assessment.setCursor': method(
    z.object({ assessmentId: IdSchema, cursor: CursorSchema }),
    z.object({ savedAt: TimestampSchema }),
  ),
  'assessment.saveFunding': method(
    z.object({ assessmentId: IdSchema, fundingInputs: FundingInputsEntrySchema }),
    WriteAck,
  ),
  /** the consultant and organisation printed on this assessment's report (autosaved while typing) */
  'assessment.setPeople': method(
    z.object({
      assessmentId: IdSchema,
      consultantName: z.string().trim().max(60, { error: '顾问姓名不能超过 60 个字' }),
      consultantOrg: z.string().trim().max(120, { error: '所属机构不能超过 120 个字' }),
    }),
    WriteAck,
  ),
  'assessment.complete': method(ById, AssessmentRecordSchema),
  'assessment.reopen': method(ById, AssessmentRecordSchema),
  'assessment.events': method(
    z.object({ assessmentId: IdSchema, itemId: ItemIdSchema.optional(), ...Paging }),
    page(AnswerEventSchema),
  ),

  'evidence.add': method(
    z.object({
      assessmentId: IdSchema,
      itemId: ItemIdSchema.nullable().default(null),
      fileName: FileNameSchema,
      mimeType: MimeTypeSchema.default('application/octet-stream'),
      base64: base64Of(MAX_EVIDENCE_BYTES),
    }),
    EvidenceRecordSchema,
  ),
  'evidence.list': method(
    z.object({ assessmentId: IdSchema, itemId: ItemIdSchema.optional() }),
    z.object({ items: z.array(EvidenceRecordSchema) }),
  ),
  'evidence.remove': method(ById, WriteAck),

  'settings.get': method(NoInput, SettingsSchema),
  'settings.set': method(SettingsSchema.partial(), SettingsSchema),

  'backup.list': method(NoInput, z.object({ items: z.array(BackupInfoSchema) })),
  'backup.restore': method(
    z.object({ fileName: z.string().min(1).max(120) }),
    z.object({ restoredFrom: z.string(), safetyBackup: z.string() }),
  ),

  'bundle.export': method(
    z.object({ assessmentId: IdSchema }),
    z.object({
      fileName: z.string(),
      /** the bytes, when the shell has no save dialog (browser: the renderer downloads them) */
      base64: z.string().optional(),
      /** where the file was written when the shell offers a save dialog; neither = cancelled */
      savedTo: z.string().optional(),
    }),
  ),
  'bundle.choose': method(NoInput, StagedFileSchema.nullable()),
  'bundle.import': method(
    z.union([
      /** a small bundle sent whole */
      z.object({ fileName: z.string().max(255), base64: base64Of(MAX_INLINE_BUNDLE_BYTES) }),
      /** a bundle the shell has as a file: chosen in the desktop app's dialog, opened by double-click or uploaded */
      z.object({ fileName: z.string().max(255), fileId: StagedFileIdSchema }),
    ]),
    z.object({
      outcome: ImportOutcomeSchema,
      assessmentId: IdSchema,
      enterpriseId: IdSchema,
      /** true when the enterprise already existed here (matched by credit code) */
      enterpriseMatched: z.boolean(),
      revision: z.number().int().min(0),
    }),
  ),
};
