import { diagnose } from '../../../assessments/engine/diagnosis/diagnose';
import type { EnterpriseProfile } from '../../../assessments/engine/enterprise';
import { evaluate } from '../../../assessments/engine/policy/evaluate';
import { factsFromDiagnosis } from '../../../assessments/engine/policy/from-diagnosis';
import type { MeasureEvaluation } from '../../../assessments/engine/policy/result';
import type { AnswerMap } from '../../../assessments/engine/answer';
import type { AnswerRecord, AssessmentRecord } from '../../api/records';
import type { ModelRegistry } from '../catalog/models';
import type { PolicyCatalogService } from '../catalog/policies';

/** What the portfolio and the roster read of one assessment's diagnosis and subsidy evaluation. */
export interface AssessmentDigest {
  readonly tierRank: number | null;
  readonly tierLabel: string | null;
  readonly tierPending: boolean;
  readonly cmmmLevel: number | null;
  readonly smeLevel: number | null;
  readonly subsidyTodayWan: number;
  readonly subsidyUnspecified: number;
  readonly competitiveCapWan: number;
  /** measures that are 符合条件 today and not superseded by a higher one of their group */
  readonly eligible: readonly MeasureEvaluation[];
}

export interface DigestSources {
  readonly models: ModelRegistry;
  readonly policies: PolicyCatalogService;
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
