import type { AnswerMap } from '../answer';
import type { EnterpriseProfile } from '../enterprise';
import type { Applicability, Condition } from '../model/schema';
import type { ItemEval } from './item';

/** The profile facts conditions may read; any may be missing (what-if without a profile). */
export type ProfileFacts = Partial<
  Pick<EnterpriseProfile, 'manufacturingType' | 'industryCode' | 'qualifications' | 'region'>
>;

/** true / false / undefined (= unknown: an input is missing). */
export type Tri = boolean | undefined;

export interface ConditionInputs {
  readonly answers: AnswerMap;
  readonly profile: ProfileFacts | undefined;
  readonly evalOf: (itemId: string) => ItemEval;
}

function all(values: Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.includes(undefined) ? undefined : true;
}

function any(values: Tri[]): Tri {
  if (values.includes(true)) return true;
  return values.includes(undefined) ? undefined : false;
}

function itemLeaf(c: Extract<Condition, { item: string }>, inputs: ConditionInputs): Tri {
  const value = inputs.answers[c.item];
  if ('answered' in c) return value !== undefined;
  if (value === undefined || value.kind === 'na') return undefined;
  if ('equals' in c) return value.kind === 'boolean' ? value.value === c.equals : undefined;
  if ('minLevel' in c) return value.kind === 'level' ? value.level >= c.minLevel : undefined;
  if ('selected' in c) return value.kind === 'choices' ? value.selected.includes(c.selected) : undefined;
  const fraction = inputs.evalOf(c.item).fraction;
  return fraction === null ? undefined : fraction >= c.minFraction - 1e-9;
}

function profileLeaf(c: Extract<Condition, { profile: string }>, profile: ProfileFacts | undefined): Tri {
  switch (c.profile) {
    case 'manufacturingType':
      return profile?.manufacturingType === undefined ? undefined : c.in.includes(profile.manufacturingType);
    case 'qualification':
      return profile?.qualifications === undefined
        ? undefined
        : c.anyOf.some((q) => profile.qualifications!.includes(q));
    case 'industry':
      return profile?.industryCode === undefined
        ? undefined
        : c.prefix.some((p) => profile.industryCode!.startsWith(p));
    case 'city':
      return profile?.region?.city === undefined ? undefined : c.in.includes(profile.region.city);
  }
}

export function evalCondition(c: Condition, inputs: ConditionInputs): Tri {
  if ('all' in c) return all(c.all.map((x) => evalCondition(x, inputs)));
  if ('any' in c) return any(c.any.map((x) => evalCondition(x, inputs)));
  if ('not' in c) {
    const v = evalCondition(c.not, inputs);
    return v === undefined ? undefined : !v;
  }
  if ('profile' in c) return profileLeaf(c, inputs.profile);
  return itemLeaf(c, inputs);
}

/** Item ids a condition reads. */
export function conditionItems(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(conditionItems);
  if ('any' in c) return c.any.flatMap(conditionItems);
  if ('not' in c) return conditionItems(c.not);
  return 'item' in c ? [c.item] : [];
}

/** Applicability by profile; an unknown profile fact means "applies" (nothing is hidden by omission). */
export function applies(a: Applicability, profile: ProfileFacts | undefined): boolean {
  const type = profile?.manufacturingType;
  if (a.manufacturingTypes && type && type !== 'mixed' && !a.manufacturingTypes.includes(type)) return false;
  const code = profile?.industryCode;
  if (a.industries && code && !a.industries.some((p) => code.startsWith(p))) return false;
  return true;
}
