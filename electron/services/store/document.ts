import { z } from 'zod';
import {
  AnswerEventSchema,
  AnswerRecordSchema,
  AssessmentRecordSchema,
  EvidenceRecordSchema,
} from '@contract/records';

/** Upper bounds that keep one assessment's document a sane size whatever its source. */
export const DOCUMENT_LIMITS = { answers: 5_000, events: 200_000, evidence: 2_000 } as const;

export const DocumentEvidenceSchema = EvidenceRecordSchema.omit({ assessmentId: true });
export type DocumentEvidence = z.infer<typeof DocumentEvidenceSchema>;

function uniqueBy<T>(key: (item: T) => string, what: string) {
  return (items: readonly T[], ctx: z.core.$RefinementCtx<readonly T[]>) => {
    const seen = new Set<string>();
    for (const item of items) {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message: `${what}重复：${k}` });
      seen.add(k);
    }
  };
}

/**
 * One assessment with everything that belongs to it: the unit the bundle carries and the
 * history table keeps when a revision is superseded.
 */
export const AssessmentDocumentSchema = AssessmentRecordSchema.extend({
  answers: z
    .array(AnswerRecordSchema)
    .max(DOCUMENT_LIMITS.answers)
    .superRefine(uniqueBy((a) => a.itemId, '答案的题目编号')),
  events: z
    .array(AnswerEventSchema)
    .max(DOCUMENT_LIMITS.events)
    .superRefine(uniqueBy((e) => e.id, '修改记录编号')),
  evidence: z
    .array(DocumentEvidenceSchema)
    .max(DOCUMENT_LIMITS.evidence)
    .superRefine(uniqueBy((e) => e.id, '佐证材料编号')),
});
export type AssessmentDocument = z.infer<typeof AssessmentDocumentSchema>;
