import { z } from 'zod';
import { diagnose } from '@engine/diagnosis/diagnose';
import type { EnterpriseProfile } from '@engine/enterprise';
import { evaluate } from '@engine/policy/evaluate';
import { factsFromDiagnosis } from '@engine/policy/from-diagnosis';
import { MeasureEvaluationSchema } from '@engine/policy/result';
import type { AnswerMap } from '@engine/answer';
import type { AnswerRecord, AssessmentRecord } from '@contract/records';
import type { ModelRegistry } from '../catalog/models';
import type { PolicyCatalogService } from '../catalog/policies';

/**
 * What the portfolio and the roster read of one assessment's diagnosis and subsidy evaluation.
 * Stored in the database (migration 0003) and read back through this schema.
 */
export const AssessmentDigestSchema = z.object({
  tierRank: z.number().nullable(),
  tierLabel: z.string().nullable(),
  tierPending: z.boolean(),
  cmmmLevel: z.number().nullable(),
  smeLevel: z.number().nullable(),
  subsidyTodayWan: z.number(),
  subsidyUnspecified: z.number(),
  competitiveCapWan: z.number(),
  /** measures that are 符合条件 today and not superseded by a higher one of their group */
  eligible: z.array(MeasureEvaluationSchema),
});
export type AssessmentDigest = z.infer<typeof AssessmentDigestSchema>;

export interface DigestSources {
  readonly models: ModelRegistry;
  readonly policies: PolicyCatalogService;
  /** the program's version: a new engine recomputes the digests an older one stored */
  readonly programVersion: string;
}

const EMPTY: AssessmentDigest = {
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

function answerMap(answers: readonly AnswerRecord[]): AnswerMap {
  const map: Record<string, NonNullable<AnswerRecord['value']>> = {};
  for (const a of answers) if (a.value) map[a.itemId] = a.value;
  return map;
}

/**
 * Runs the engine and the policy evaluation (their public functions, nothing re-derived here)
 * and keeps the figures a roster shows. An assessment on a model this program lacks yields no
 * estimates rather than a guess.
 */
export function digestAssessment(
  sources: DigestSources,
  record: AssessmentRecord,
  answers: readonly AnswerRecord[],
  profile: EnterpriseProfile,
  date: string,
): AssessmentDigest {
  const questionnaire = sources.models.questionnaire(record.modelId, record.modelVersion);
  if (!questionnaire) return EMPTY;
  const diagnosis = diagnose({ questionnaire, answers: answerMap(answers), profile, lift: false });
  const { policy } = sources.policies.load();
  const evaluation = evaluate(policy, {
    profile,
    funding: record.fundingInputs,
    facts: factsFromDiagnosis(diagnosis),
    date,
  });
  const { tier, cmmmLevel, smeDigitalLevel } = diagnosis.summary;
  return {
    tierRank: tier ? tier.rank : null,
    tierLabel: tier ? tier.label.zh : null,
    tierPending: tier?.pendingVerification ?? false,
    cmmmLevel,
    smeLevel: smeDigitalLevel,
    subsidyTodayWan: evaluation.summary.totalUpToWan,
    subsidyUnspecified: evaluation.summary.unspecifiedCount,
    competitiveCapWan: evaluation.summary.subtotals.competitive?.wan ?? 0,
    eligible: evaluation.measures.filter((m) => m.status === 'eligible' && !m.supersededBy),
  };
}
