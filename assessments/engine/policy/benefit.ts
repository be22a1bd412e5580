import { FIGURE_NAMES, type FundingInputs } from '../funding';
import { investmentsInWindow } from './conditions';
import { fmtRatio, fmtWan, roundWan } from './format';
import type { Estimate, FailedCondition, MissingInfo } from './result';
import type { Benefit, CapPeriod, Pool, Validity } from './schema';

export interface BenefitOutcome {
  readonly estimate: Estimate;
  readonly formula: string;
  readonly missing: MissingInfo[];
  readonly failed: FailedCondition[];
}

interface BenefitContext {
  readonly funding: FundingInputs;
  readonly validity: Validity;
  /** the document declares its ratios and caps to be ceilings */
  readonly capsAreCeilings: boolean;
}

const PER_TEXT: Record<CapPeriod, string> = { once: '（一次性）', year: '/年', validity: '（政策有效期内）' };

function poolText(pool: Pool | undefined): string {
  if (!pool) return '';
  const parts = [
    pool.maxRecipients !== undefined ? `不超过${pool.maxRecipients}个` : '',
    pool.totalWan !== undefined ? `总额不超过${fmtWan(pool.totalWan)}` : '',
  ].filter(Boolean);
  return `；名额/资金池：${pool.period}${parts.join('、')}，择优`;
}

const result = (
  estimate: Estimate,
  formula: string,
  missing: MissingInfo[] = [],
  failed: FailedCondition[] = [],
) => ({
  estimate,
  formula,
  missing,
  failed,
});

/** One term "50% × 80万 = 40万[，封顶100万 → 100万]". */
function ratioTerm(ratio: number, base: number, cap: number | undefined): { value: number; text: string } {
  const raw = roundWan(ratio * base);
  const text = `${fmtRatio(ratio)} × ${fmtWan(base)} = ${fmtWan(raw)}`;
  if (cap === undefined || raw <= cap) return { value: raw, text };
  return { value: cap, text: `${text}，封顶${fmtWan(cap)} → ${fmtWan(cap)}` };
}

function ratioBenefit(b: Extract<Benefit, { kind: 'ratio' }>, ctx: BenefitContext): BenefitOutcome {
  const kind = b.ratioIsCeiling || ctx.capsAreCeilings ? 'up-to' : 'amount';
  const capText = b.cap ? `，封顶${fmtWan(b.cap.wan)}${PER_TEXT[b.cap.per]}` : '';
  const lead = `${b.ratioIsCeiling ? '不超过' : '按'}${b.baseLabel}的${fmtRatio(b.ratio)}${capText}`;
  const pool = poolText(b.pool);

  if (b.base.from === 'figure') {
    const base = ctx.funding.figures[b.base.figure];
    if (base === undefined) {
      const missing = [{ field: `funding.figures.${b.base.figure}`, label: FIGURE_NAMES[b.base.figure] }];
      return unknownBase(b, lead, pool, missing);
    }
    const term = ratioTerm(b.ratio, base, b.cap?.wan);
    return result({ kind, wan: term.value }, `${lead}：${term.text}${pool}`);
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
    const text = terms.map((t) => `${t.year}年：${t.text}`).join('；');
    const sum = terms.length > 1 ? `；合计${fmtWan(total)}` : '';
    return result({ kind, wan: total }, `${lead}：${text}${sum}${pool}`);
  }
  const base = roundWan(items.reduce((s, i) => s + i.amountWan, 0));
  const term = ratioTerm(b.ratio, base, b.cap?.wan);
  return result({ kind, wan: term.value }, `${lead}：${term.text}${pool}`);
}

/** Without the base amount the ceiling is still worth showing, as a ceiling. */
function unknownBase(
  b: Extract<Benefit, { kind: 'ratio' }>,
  lead: string,
  pool: string,
  missing: MissingInfo[],
): BenefitOutcome {
  if (!b.cap) return result({ kind: 'unspecified' }, `${lead}（未填写计算基数，无法估算）${pool}`, missing);
  return result({ kind: 'up-to', wan: b.cap.wan }, `${lead}（未填写计算基数，按上限估计）${pool}`, missing);
}

function perIncrementBenefit(
  b: Extract<Benefit, { kind: 'per-increment' }>,
  ctx: BenefitContext,
): BenefitOutcome {
  const { revenueJanNovWan: current, revenueJanNovPrevWan: previous } = ctx.funding.figures;
  const capText = `，每家每年最高${fmtWan(b.capWan)}`;
  const tiersText = b.tiers.map(
    (t) => `增量超${fmtWan(t.aboveWan)}每${fmtWan(b.unitWan)}给${fmtWan(t.perUnitWan)}`,
  );
  const lead = `${tiersText.join('；')}${capText}`;
  if (current === undefined || previous === undefined) {
    return result({ kind: 'up-to', wan: b.capWan }, `${lead}（未填写营业收入，按上限估计）`);
  }
  const increment = roundWan(current - previous);
  const tier = [...b.tiers].reverse().find((t) => increment > t.aboveWan);
  if (!tier) {
    const lowest = b.tiers[0]?.aboveWan ?? 0;
    return result(
      { kind: 'unspecified' },
      lead,
      [],
      [{ condition: '营业收入同比增量', reason: `增量为${fmtWan(increment)}，须超过${fmtWan(lowest)}` }],
    );
  }
  const units = Math.floor(increment / b.unitWan);
  const raw = roundWan(units * tier.perUnitWan);
  const value = Math.min(raw, b.capWan);
  const capped = raw > b.capWan ? `，封顶${fmtWan(b.capWan)}` : '';
  const formula = `增量 ${fmtWan(current)} − ${fmtWan(previous)} = ${fmtWan(increment)} > ${fmtWan(tier.aboveWan)}：${units} × ${fmtWan(tier.perUnitWan)} = ${fmtWan(raw)}${capped}`;
  return result({ kind: 'up-to', wan: value }, `${formula}（${lead}）${poolText(b.pool)}`);
}

export function estimateBenefit(benefit: Benefit, ctx: BenefitContext): BenefitOutcome {
  switch (benefit.kind) {
    case 'ratio':
      return ratioBenefit(benefit, ctx);
    case 'fixed-cap':
      return result(
        { kind: 'up-to', wan: benefit.capWan },
        `最高${fmtWan(benefit.capWan)}${PER_TEXT[benefit.per]}${poolText(benefit.pool)}`,
      );
    case 'per-increment':
      return perIncrementBenefit(benefit, ctx);
    case 'unspecified':
      return result(
        { kind: 'unspecified' },
        `文件未规定金额（“${benefit.wording}”）${poolText(benefit.pool)}`,
      );
    case 'status':
      return result({ kind: 'unspecified' }, `非资金或金额未定：${benefit.wording}${poolText(benefit.pool)}`);
  }
}

/** The document's own ceiling for one enterprise, whatever its inputs (政策上限), if it states one. */
export function policyCapOf(benefit: Benefit): { wan: number; text: string } | undefined {
  switch (benefit.kind) {
    case 'ratio':
      return benefit.cap
        ? { wan: benefit.cap.wan, text: `政策上限${fmtWan(benefit.cap.wan)}${PER_TEXT[benefit.cap.per]}` }
        : undefined;
    case 'fixed-cap':
    case 'per-increment':
      return { wan: benefit.capWan, text: `政策上限${fmtWan(benefit.capWan)}${PER_TEXT[benefit.per]}` };
    default:
      return undefined;
  }
}

/** Selection by quota (不超过10家): the award is competitive whatever the conditions say. */
export function quotaOf(benefit: Benefit): string | undefined {
  const n = benefit.pool?.maxRecipients;
  return n === undefined ? undefined : `名额有限：${benefit.pool?.period ?? ''}不超过${n}个，择优支持`;
}
