import type { FundingInputs } from '../funding';
import { investmentsInWindow } from './conditions';
import { percent, roundWan } from './format';
import { listOf, optional, phraseArg, phrase, type Arg, type Phrase, type PhraseKey } from '../phrase';
import { INCREMENT_CONDITION, type Estimate, type FailedCondition, type MissingInfo } from './result';
import type { Benefit, CapPeriod, Pool, Validity } from './schema';

export interface BenefitOutcome {
  readonly estimate: Estimate;
  readonly formula: Phrase;
  readonly missing: MissingInfo[];
  readonly failed: FailedCondition[];
}

interface BenefitContext {
  readonly funding: FundingInputs;
  readonly validity: Validity;
  /** the document declares its ratios and caps to be ceilings */
  readonly capsAreCeilings: boolean;
}

const PER_KEYS: Record<CapPeriod, PhraseKey> = {
  once: 'per.once',
  year: 'per.year',
  validity: 'per.validity',
};
const per = (period: CapPeriod): Arg => phraseArg(phrase(PER_KEYS[period]));
const wan = (n: number): Arg => ({ wan: roundWan(n) });
const pct = (ratio: number): Arg => ({ pct: percent(ratio) });
const NO_POOL: Arg = optional(undefined);

/** "；名额/资金池：每年不超过30个、总额不超过1000万，择优", or nothing. */
function poolArg(pool: Pool | undefined): Arg {
  if (!pool) return NO_POOL;
  const parts = [
    pool.maxRecipients !== undefined
      ? phrase('pool.recipients', { n: { num: pool.maxRecipients } })
      : undefined,
    pool.totalWan !== undefined ? phrase('pool.total', { wan: wan(pool.totalWan) }) : undefined,
  ].filter((p): p is Phrase => p !== undefined);
  return phraseArg(
    phrase('pool.text', { period: { text: pool.period }, parts: listOf(parts.map(phraseArg), 'and') }),
  );
}

const result = (
  estimate: Estimate,
  formula: Phrase,
  missing: MissingInfo[] = [],
  failed: FailedCondition[] = [],
) => ({
  estimate,
  formula,
  missing,
  failed,
});

/** One term "50% × 80万 = 40万[，封顶100万 → 100万]". */
function ratioTerm(ratio: number, base: number, cap: number | undefined): { value: number; text: Phrase } {
  const raw = roundWan(ratio * base);
  const args = { pct: pct(ratio), base: wan(base), raw: wan(raw) };
  if (cap === undefined || raw <= cap) return { value: raw, text: phrase('ratio.term', args) };
  return { value: cap, text: phrase('ratio.termCapped', { ...args, cap: wan(cap) }) };
}

const computed = (lead: Phrase, computation: Phrase, pool: Arg): Phrase =>
  phrase('ratio.computed', { lead: phraseArg(lead), computation: phraseArg(computation), pool });

function ratioBenefit(b: Extract<Benefit, { kind: 'ratio' }>, ctx: BenefitContext): BenefitOutcome {
  const kind = b.ratioIsCeiling || ctx.capsAreCeilings ? 'up-to' : 'amount';
  const cap = optional(b.cap ? phrase('ratio.cap', { wan: wan(b.cap.wan), per: per(b.cap.per) }) : undefined);
  const lead = phrase(b.ratioIsCeiling ? 'ratio.leadCeiling' : 'ratio.lead', {
    base: { text: b.baseLabel },
    pct: pct(b.ratio),
    cap,
  });
  const pool = poolArg(b.pool);

  if (b.base.from === 'figure') {
    const base = ctx.funding.figures[b.base.figure];
    if (base === undefined) {
      const missing = [
        { field: `funding.figures.${b.base.figure}`, label: phrase(`figure.${b.base.figure}`) },
      ];
      return unknownBase(b, lead, pool, missing);
    }
    const term = ratioTerm(b.ratio, base, b.cap?.wan);
    return result({ kind, wan: term.value }, computed(lead, term.text, pool));
  }

  const channels: readonly string[] | undefined = b.base.channels;
  const items = investmentsInWindow(ctx.funding, b.base.investmentKinds, ctx.validity)
    .map(({ investment }) => investment)
    .filter((i) => !channels || channels.includes(i.channel));
  if (items.length === 0) return unknownBase(b, lead, pool, []);

  if (b.cap?.per === 'year') {
    const byYear = new Map<number, number>();
    for (const i of items) byYear.set(i.year, (byYear.get(i.year) ?? 0) + i.amountWan);
    const years = [...byYear.entries()].sort(([a], [c]) => a - c);
    const terms = years.map(([year, sum]) => ({ year, ...ratioTerm(b.ratio, sum, b.cap?.wan) }));
    const total = roundWan(terms.reduce((s, t) => s + t.value, 0));
    const yearTerms = terms.map((t) =>
      phraseArg(phrase('ratio.yearTerm', { year: { num: t.year }, term: phraseArg(t.text) })),
    );
    const sum = optional(terms.length > 1 ? phrase('ratio.total', { wan: wan(total) }) : undefined);
    const computation = phrase('ratio.years', { terms: listOf(yearTerms, 'clause'), total: sum });
    return result({ kind, wan: total }, computed(lead, computation, pool));
  }
  const base = roundWan(items.reduce((s, i) => s + i.amountWan, 0));
  const term = ratioTerm(b.ratio, base, b.cap?.wan);
  return result({ kind, wan: term.value }, computed(lead, term.text, pool));
}

/** Without the base amount the ceiling is still worth showing, as a ceiling. */
function unknownBase(
  b: Extract<Benefit, { kind: 'ratio' }>,
  lead: Phrase,
  pool: Arg,
  missing: MissingInfo[],
): BenefitOutcome {
  const args = { lead: phraseArg(lead), pool };
  if (!b.cap) return result({ kind: 'unspecified' }, phrase('ratio.noBase', args), missing);
  return result({ kind: 'up-to', wan: b.cap.wan }, phrase('ratio.noBaseCap', args), missing);
}

function perIncrementBenefit(
  b: Extract<Benefit, { kind: 'per-increment' }>,
  ctx: BenefitContext,
): BenefitOutcome {
  const { revenueJanNovWan: current, revenueJanNovPrevWan: previous } = ctx.funding.figures;
  const tiers = b.tiers.map((t) =>
    phraseArg(
      phrase('increment.tier', { above: wan(t.aboveWan), unit: wan(b.unitWan), per: wan(t.perUnitWan) }),
    ),
  );
  const lead = phrase('increment.lead', { tiers: listOf(tiers, 'clause'), cap: wan(b.capWan) });
  if (current === undefined || previous === undefined) {
    return result({ kind: 'up-to', wan: b.capWan }, phrase('increment.noRevenue', { lead: phraseArg(lead) }));
  }
  const increment = roundWan(current - previous);
  const tier = [...b.tiers].reverse().find((t) => increment > t.aboveWan);
  if (!tier) {
    const lowest = b.tiers[0]?.aboveWan ?? 0;
    const reason = phrase('increment.below', { increment: wan(increment), min: wan(lowest) });
    return result({ kind: 'unspecified' }, lead, [], [{ condition: INCREMENT_CONDITION, reason }]);
  }
  const units = Math.floor(increment / b.unitWan);
  const raw = roundWan(units * tier.perUnitWan);
  const value = Math.min(raw, b.capWan);
  const formula = phrase('increment.formula', {
    current: wan(current),
    previous: wan(previous),
    increment: wan(increment),
    above: wan(tier.aboveWan),
    units: { num: units },
    per: wan(tier.perUnitWan),
    raw: wan(raw),
    capped: optional(raw > b.capWan ? phrase('increment.capped', { wan: wan(b.capWan) }) : undefined),
    lead: phraseArg(lead),
    pool: poolArg(b.pool),
  });
  return result({ kind: 'up-to', wan: value }, formula);
}

export function estimateBenefit(benefit: Benefit, ctx: BenefitContext): BenefitOutcome {
  switch (benefit.kind) {
    case 'ratio':
      return ratioBenefit(benefit, ctx);
    case 'fixed-cap':
      return result(
        { kind: 'up-to', wan: benefit.capWan },
        phrase('fixed.formula', {
          wan: wan(benefit.capWan),
          per: per(benefit.per),
          pool: poolArg(benefit.pool),
        }),
      );
    case 'per-increment':
      return perIncrementBenefit(benefit, ctx);
    case 'unspecified':
      return result(
        { kind: 'unspecified' },
        phrase('unspecified.formula', { wording: { text: benefit.wording }, pool: poolArg(benefit.pool) }),
      );
    case 'status':
      return result(
        { kind: 'unspecified' },
        phrase('status.formula', { wording: { text: benefit.wording }, pool: poolArg(benefit.pool) }),
      );
  }
}

/** The document's own ceiling for one enterprise, whatever its inputs (政策上限), if it states one. */
export function policyCapOf(benefit: Benefit): { wan: number; text: Phrase } | undefined {
  switch (benefit.kind) {
    case 'ratio':
      return benefit.cap
        ? {
            wan: benefit.cap.wan,
            text: phrase('cap.policy', { wan: wan(benefit.cap.wan), per: per(benefit.cap.per) }),
          }
        : undefined;
    case 'fixed-cap':
    case 'per-increment':
      return {
        wan: benefit.capWan,
        text: phrase('cap.policy', { wan: wan(benefit.capWan), per: per(benefit.per) }),
      };
    default:
      return undefined;
  }
}

/** Selection by quota (不超过10家): the award is competitive whatever the conditions say. */
export function quotaOf(benefit: Benefit): Phrase | undefined {
  const n = benefit.pool?.maxRecipients;
  return n === undefined
    ? undefined
    : phrase('quota.limited', { period: { text: benefit.pool?.period ?? '' }, n: { num: n } });
}
