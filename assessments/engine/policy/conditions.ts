import type { EnterpriseProfile, Qualification, SizeClass } from '../enterprise';
import {
  type CertificationEntry,
  type CertificationId,
  type FundingInputs,
  type PlannedInvestment,
} from '../funding';
import { deriveSizeClass } from '../size-class';
import type { PolicyFacts } from './facts';
import { listOf, nameOf, phraseArg, phrase, textPhrase, type Arg, type Phrase } from '../phrase';
import type { MissingInfo } from './result';
import { TIERS, type Condition, type Validity } from './schema';

export interface ConditionContext {
  readonly profile: EnterpriseProfile;
  readonly funding: FundingInputs;
  readonly facts: PolicyFacts;
  readonly validity: Validity;
  /** names of catalog measures that implement a provincial measure in the enterprise's area */
  readonly localImplementations: (ids: readonly string[]) => Phrase[];
}

export interface PassOutcome {
  readonly kind: 'pass';
  readonly actions?: Phrase[];
  readonly notes?: Phrase[];
  /** met only once a planned certification, filing or level is obtained */
  readonly prerequisites?: Phrase[];
  /** met only if the authority selects the enterprise (择优, 遴选, 综合评定) */
  readonly competition?: Phrase[];
}

export type ConditionOutcome =
  PassOutcome | { kind: 'fail'; reason: Phrase } | { kind: 'missing'; missing: MissingInfo[] };

const pass = (actions?: Phrase[], notes?: Phrase[]): ConditionOutcome => ({ kind: 'pass', actions, notes });
const prerequisite = (step: Phrase): ConditionOutcome => ({ kind: 'pass', prerequisites: [step] });
const fail = (reason: Phrase): ConditionOutcome => ({ kind: 'fail', reason });
const missing = (field: string, label: Phrase): ConditionOutcome => ({
  kind: 'missing',
  missing: [{ field, label }],
});
const label = (text: string): Arg => ({ text });
const names = (
  table: 'cert' | 'kind' | 'channel' | 'size',
  ids: readonly string[],
  join: 'or' | 'slash' | 'and',
) =>
  listOf(
    ids.map((id) => nameOf(table, id)),
    join,
  );

export function sizeClassOf(profile: EnterpriseProfile): SizeClass {
  return profile.sizeClassOverride ?? deriveSizeClass(profile.employees, profile.revenueWan);
}

/** Profile qualifications count as held recognitions when the funding inputs do not mention them. */
export const QUALIFICATION_CERTS: Partial<Record<Qualification, CertificationId>> = {
  'high-tech': 'high-tech',
  'srdi-sme': 'srdi-sme',
  'srdi-little-giant': 'srdi-little-giant',
  'single-champion': 'single-champion',
};

function certificationEntry(ctx: ConditionContext, id: CertificationId): CertificationEntry | undefined {
  const entry = ctx.funding.certifications[id];
  if (entry) return entry;
  const fromProfile = ctx.profile.qualifications.some((q) => QUALIFICATION_CERTS[q] === id);
  return fromProfile ? { status: 'held' } : undefined;
}

function checkCertification(
  c: Extract<Condition, { kind: 'certification' }>,
  ctx: ConditionContext,
): ConditionOutcome {
  const held = names('cert', c.anyOf, 'or');
  const found = c.anyOf
    .map((id) => ({ id, entry: certificationEntry(ctx, id) }))
    .filter((x): x is { id: CertificationId; entry: CertificationEntry } => x.entry !== undefined)
    .sort((a, b) => (a.entry.status === 'held' ? -1 : 0) - (b.entry.status === 'held' ? -1 : 0));
  const best = found[0];
  if (!best) return fail(phrase('cert.none', { names: held }));
  if (best.entry.status === 'planned' && !c.plannedCounts)
    return fail(phrase('cert.plannedOnly', { names: held }));
  const cert = nameOf('cert', best.id);
  if (c.firstTime) {
    if (best.entry.firstTime === false) return fail(phrase('cert.notFirst', { cert }));
    if (best.entry.firstTime === undefined) {
      return missing(`funding.certifications.${best.id}.firstTime`, phrase('cert.firstTimeAsk', { cert }));
    }
  }
  if (best.entry.status === 'held') return pass();
  const year = best.entry.year;
  return prerequisite(
    year ? phrase('cert.obtainPlanned', { cert, year: { num: year } }) : phrase('cert.obtain', { cert }),
  );
}

function checkDcmm(minLevel: number, ctx: ConditionContext): ConditionOutcome {
  if (ctx.profile.dcmmLevel >= minLevel) return pass();
  const planned = ctx.funding.dcmmPlannedLevel ?? 0;
  if (planned >= minLevel) return prerequisite(phrase('dcmm.planned', { level: { num: planned } }));
  const min = { num: minLevel };
  return fail(
    ctx.profile.dcmmLevel > 0
      ? phrase('dcmm.below', { level: { num: ctx.profile.dcmmLevel }, min })
      : phrase('dcmm.none', { min }),
  );
}

function checkFigure(c: Extract<Condition, { kind: 'figure' }>, ctx: ConditionContext): ConditionOutcome {
  const value = ctx.funding.figures[c.figure];
  if (value === undefined) return missing(`funding.figures.${c.figure}`, phrase(`figure.${c.figure}`));
  const ok = c.op === 'gt' ? value > c.valueWan : value >= c.valueWan;
  if (ok) return pass();
  const args = { figure: nameOf('figure', c.figure), value: { wan: value }, min: { wan: c.valueWan } };
  return fail(phrase(c.op === 'gt' ? 'figure.belowExceed' : 'figure.belowReach', args));
}

function checkRevenueGrowth(minRate: number, ctx: ConditionContext): ConditionOutcome {
  const { revenueJanNovWan: current, revenueJanNovPrevWan: previous } = ctx.funding.figures;
  const needs: MissingInfo[] = [];
  if (current === undefined)
    needs.push({ field: 'funding.figures.revenueJanNovWan', label: phrase('figure.revenueJanNovWan') });
  if (previous === undefined) {
    needs.push({
      field: 'funding.figures.revenueJanNovPrevWan',
      label: phrase('figure.revenueJanNovPrevWan'),
    });
  }
  if (current === undefined || previous === undefined) return { kind: 'missing', missing: needs };
  const rate = previous === 0 ? (current > 0 ? Infinity : 0) : (current - previous) / previous;
  if (rate > minRate) return pass();
  const shown: Arg = Number.isFinite(rate) ? { pct: Math.round(rate * 1000) / 10 } : { asWritten: '—' };
  return fail(phrase('growth.below', { rate: shown, min: { pct: Math.round(minRate * 100) } }));
}

/** Investments of the given kinds whose year lies in the validity window. */
export function investmentsInWindow(
  funding: FundingInputs,
  kinds: readonly string[],
  validity: Validity,
): { investment: PlannedInvestment; index: number }[] {
  const fromYear = Number(validity.from.slice(0, 4));
  const toYear = validity.to ? Number(validity.to.slice(0, 4)) : Infinity;
  return funding.investments
    .map((investment, index) => ({ investment, index }))
    .filter(({ investment }) => kinds.includes(investment.kind))
    .filter(({ investment }) => investment.year >= fromYear && investment.year <= toYear);
}

function checkInvestment(
  c: Extract<Condition, { kind: 'investment' }>,
  ctx: ConditionContext,
): ConditionOutcome {
  const kinds = names('kind', c.investmentKinds, 'slash');
  const ofKind = ctx.funding.investments.filter((i) => c.investmentKinds.includes(i.kind));
  if (ofKind.length === 0) {
    return missing(
      'funding.investments',
      phrase(c.channels ? 'investment.askWithChannel' : 'investment.ask', { kinds }),
    );
  }
  const inWindow = investmentsInWindow(ctx.funding, c.investmentKinds, ctx.validity);
  if (inWindow.length === 0) return fail(phrase('investment.outsideValidity', { kinds }));
  if (!c.channels) return pass();
  const channels: readonly string[] = c.channels;
  if (inWindow.some(({ investment }) => channels.includes(investment.channel))) return pass();
  const unknown = inWindow.filter(({ investment }) => investment.channel === 'unknown');
  const channelNames = names('channel', c.channels, 'or');
  if (unknown.length > 0) {
    return {
      kind: 'missing',
      missing: unknown.map(({ index }) => ({
        field: `funding.investments.${index}.channel`,
        label: phrase('investment.channelAsk', { kinds, channels: channelNames }),
      })),
    };
  }
  return fail(phrase('investment.wrongChannel', { kinds, channels: channelNames }));
}

function checkTier(minTier: (typeof TIERS)[number], ctx: ConditionContext): ConditionOutcome {
  const reached = ctx.facts.tierReached;
  if (reached === undefined) return missing('facts.tierReached', phrase('tierCond.ask'));
  const min = nameOf('tier', minTier);
  if (TIERS.indexOf(reached) >= TIERS.indexOf(minTier))
    return pass([phrase('tierCond.review', { tier: min })]);
  return fail(phrase('tierCond.below', { reached: nameOf('tier', reached), min }));
}

function checkLocalImplementation(
  c: Extract<Condition, { kind: 'local-implementation' }>,
  ctx: ConditionContext,
): ConditionOutcome {
  const local = ctx.localImplementations(c.implementedBy);
  if (local.length > 0) {
    return pass(undefined, [phrase('local.note', { list: listOf(local.map(phraseArg), 'and') })]);
  }
  return missing('external.local-implementation', phrase('local.ask', { label: label(c.label) }));
}

export function checkCondition(c: Condition, ctx: ConditionContext): ConditionOutcome {
  switch (c.kind) {
    case 'size': {
      const size = sizeClassOf(ctx.profile);
      return c.allowed.includes(size)
        ? pass()
        : fail(
            phrase('sizeCond.outside', {
              size: nameOf('size', size),
              allowed: names('size', c.allowed, 'and'),
            }),
          );
    }
    case 'ai-enterprise':
      if (ctx.profile.aiEnterprise === 'yes') return pass();
      if (ctx.profile.aiEnterprise === 'no') return fail(phrase('ai.no', { label: label(c.label) }));
      return missing('profile.aiEnterprise', phrase('ai.ask', { label: label(c.label) }));
    case 'independent-accounting':
      if (ctx.profile.independentAccounting === 'yes') return pass();
      if (ctx.profile.independentAccounting === 'no') return fail(phrase('accounting.no'));
      return missing('profile.independentAccounting', phrase('accounting.ask', { label: label(c.label) }));
    case 'certification':
      return checkCertification(c, ctx);
    case 'dcmm':
      return checkDcmm(c.minLevel, ctx);
    case 'figure':
      return checkFigure(c, ctx);
    case 'revenue-growth':
      return checkRevenueGrowth(c.minRate, ctx);
    case 'investment':
      return checkInvestment(c, ctx);
    case 'tier':
      return checkTier(c.minTier, ctx);
    case 'local-implementation':
      return checkLocalImplementation(c, ctx);
    case 'judgement':
      return c.selection
        ? { kind: 'pass', competition: [textPhrase(c.label)] }
        : pass([phrase('judgement.review', { label: label(c.label) })]);
  }
}
