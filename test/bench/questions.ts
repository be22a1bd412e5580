/**
 * "Questions asked" (issue: ask only what can still change a result): a walkthrough simulated item
 * by item in the asking order, each question answered from a known enterprise, the questions that can
 * no longer change a result passed over as the walkthrough passes them. Profile-held answers are not
 * asked. Counts, not times.
 *   (a row group of npm run bench)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnswerMap, AnswerValue } from '../../assessments/engine/answer';
import { diagnose } from '../../assessments/engine/diagnosis/diagnose';
import type { EnterpriseProfile } from '../../assessments/engine/enterprise';
import { interviewPlan } from '../../assessments/engine/interview-progress';
import type { Questionnaire } from '../../assessments/engine/model/questionnaire';
import { profileAnswers } from '../../assessments/engine/profile-answers';
import type { ProfileFacts } from '../../assessments/engine/scoring/condition';
import { parseBundle } from '../../electron/services/bundle';
import { createModelRegistry } from '../../electron/services/catalog/models';
import { answerMap } from '../../electron/services/report/gather';
import { buildOutline } from '../../renderer/src/walkthrough/outline';
import { lowMaturityAnswers, LOW_MATURITY_PROFILE } from '../fixtures/answers/low-maturity';
import { typicalAnswers, TYPICAL_PROFILE } from '../fixtures/answers/typical';

export interface WalkCount {
  readonly name: string;
  /** questions the walkthrough showed before skipping existed: every relevant one */
  readonly before: number;
  /** questions asked with skipping */
  readonly asked: number;
  readonly profileHeld: number;
  /** the results agree: level, tier and headline scores of the walk equal those of the full answers */
  readonly sameResult: boolean;
  readonly cmmmLevel: number | null;
  readonly tier: string | null;
}

/** What a person reads as the result (as the skip property test compares it). */
function outcome(q: Questionnaire, answers: AnswerMap, profile: ProfileFacts | undefined): string {
  const r = diagnose({ questionnaire: q, answers, profile, lift: false });
  return JSON.stringify([r.summary, r.models.map((m) => [m.estimate?.code, m.score.value])]);
}

export function walk(
  name: string,
  q: Questionnaire,
  truth: AnswerMap,
  profile: ProfileFacts | undefined,
  held: ReadonlyMap<string, AnswerValue>,
): WalkCount {
  const order = buildOutline(q).sections.flatMap((s) => s.items);
  const state: Record<string, AnswerValue> = Object.fromEntries(held);
  const visited = new Set<string>(held.keys());
  const before = interviewPlan(q, truth, profile).relevant.size - held.size;
  let asked = 0;
  for (;;) {
    const plan = interviewPlan(q, state, profile);
    const next = order.find((id) => !visited.has(id) && plan.relevant.has(id) && !plan.skipped.has(id));
    if (next === undefined) break;
    visited.add(next);
    asked++;
    const value = truth[next];
    if (value) state[next] = value;
  }
  const result = diagnose({ questionnaire: q, answers: state, profile, lift: false });
  return {
    name,
    before,
    asked,
    profileHeld: held.size,
    sameResult: outcome(q, state, profile) === outcome(q, truth, profile),
    cmmmLevel: result.summary.cmmmLevel,
    tier: result.summary.tier?.code ?? null,
  };
}

const SAMPLE = path.resolve('test/fixtures/sample-bundle.sfdx');

export function benchQuestions(): WalkCount[] {
  const models = createModelRegistry();
  const q = models.questionnaire('smart-factory-tiers')!;
  const { enterprise, doc } = parseBundle(readFileSync(SAMPLE), {
    isKnownModel: (id, v) => models.isKnown(id, v),
  });
  const sampleQ = models.questionnaire(doc.modelId, doc.modelVersion)!;
  const profileHeld = (p: EnterpriseProfile | undefined) => (p ? profileAnswers(p) : new Map());
  return [
    walk(
      `sample enterprise (${enterprise.profile.name})`,
      sampleQ,
      answerMap(doc),
      enterprise.profile,
      profileHeld(enterprise.profile),
    ),
    walk('typical SME (test/fixtures/answers/typical.ts)', q, typicalAnswers(q), TYPICAL_PROFILE, new Map()),
    walk(
      'low-maturity workshop (test/fixtures/answers/low-maturity.ts)',
      q,
      lowMaturityAnswers(q),
      LOW_MATURITY_PROFILE,
      new Map(),
    ),
  ];
}
