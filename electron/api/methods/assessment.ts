import { z } from 'zod';
import { AnswerValueSchema, ItemIdSchema } from '@engine/answer';
import { FundingInputsEntrySchema } from '@engine/funding';
import { RespondentRoleSchema } from '@engine/model/roles';
import { method } from '../method';
import {
  SightedSchema,
  AnswerEventSchema,
  AnswerRecordSchema,
  AssessmentRecordSchema,
  AssessmentStatusSchema,
  AssessmentSummarySchema,
  ById,
  CursorSchema,
  IdSchema,
  ModelIdSchema,
  ModelVersionSchema,
  page,
  Paging,
  TimestampSchema,
  WriteAck,
} from '../records';

/** Assessments: creating, listing and reading one, autosave of answers, cursor, funding inputs, completion and the audit trail. */
export const assessmentMethods = {
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
};
