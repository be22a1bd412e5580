import type { AnswerValue } from './answer';
import type { EnterpriseProfile, Qualification } from './enterprise';

/**
 * Facts the enterprise profile already holds answer the questionnaire items that ask the same
 * thing, so each fact is entered (and corrected) in one place: the profile. One row per item;
 * a rule returns undefined when the profile cannot tell, and then the item is asked as usual.
 */
export type ProfileFact = 'qualifications' | 'revenue';

export interface ProfileAnswerRule {
  readonly itemId: string;
  /** the profile field the answer comes from (the walkthrough names it next to the item) */
  readonly fact: ProfileFact;
  readonly answer: (profile: EnterpriseProfile) => AnswerValue | undefined;
}

/**
 * 规模以上工业企业: the statistical threshold is 年主营业务收入 2000 万元 (国家统计局《统计上大中小微型
 * 企业划分办法》and the 规上 definition the questionnaire quotes). A ticked 规上 answers yes; an entered
 * revenue below the threshold answers no; otherwise the register status is asked.
 */
export const ABOVE_SCALE_REVENUE_WAN = 2000;

const holds = (p: EnterpriseProfile, any: readonly Qualification[]) =>
  p.qualifications.some((q) => any.includes(q));

const yes: AnswerValue = { kind: 'boolean', value: true };
const no: AnswerValue = { kind: 'boolean', value: false };

export const PROFILE_ANSWERS: readonly ProfileAnswerRule[] = [
  {
    itemId: 'sf.basic.above-scale',
    fact: 'qualifications',
    answer: (p) => {
      if (holds(p, ['above-scale'])) return yes;
      return p.revenueWan < ABOVE_SCALE_REVENUE_WAN ? no : undefined;
    },
  },
  {
    // 创新型中小企业、专精特新中小企业或"小巨人": only a held recognition answers; none ticked is asked
    itemId: 'sf.basic.srdi',
    fact: 'qualifications',
    answer: (p) => (holds(p, ['innovative-sme', 'srdi-sme', 'srdi-little-giant']) ? yes : undefined),
  },
];

const RULES = new Map(PROFILE_ANSWERS.map((r) => [r.itemId, r]));

/** The answer the profile gives an item, if it gives one. */
export function profileAnswer(itemId: string, profile: EnterpriseProfile): AnswerValue | undefined {
  return RULES.get(itemId)?.answer(profile);
}

/** Every item the profile answers, with its answer. */
export function profileAnswers(profile: EnterpriseProfile): Map<string, AnswerValue> {
  const out = new Map<string, AnswerValue>();
  for (const r of PROFILE_ANSWERS) {
    const value = r.answer(profile);
    if (value) out.set(r.itemId, value);
  }
  return out;
}

/**
 * Figure fields the profile can start with (the consultant may change them: 年均营业收入 is a
 * three-year average, the profile's revenue the last year's).
 */
export const PROFILE_FIGURE_DEFAULTS: ReadonlyArray<{
  readonly itemId: string;
  readonly field: string;
  readonly value: (profile: EnterpriseProfile) => number;
}> = [{ itemId: 'sme.funding', field: 'revenue', value: (p) => p.revenueWan }];

export function profileFigureDefaults(itemId: string, profile: EnterpriseProfile): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of PROFILE_FIGURE_DEFAULTS) if (d.itemId === itemId) out[d.field] = d.value(profile);
  return out;
}
