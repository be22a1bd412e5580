import type { EnterpriseProfile, Qualification } from '../enterprise';
import {
  CERTIFICATION_NAMES,
  FIGURE_NAMES,
  INVESTMENT_CHANNEL_NAMES,
  INVESTMENT_KIND_NAMES,
  type CertificationEntry,
  type CertificationId,
  type FundingInputs,
  type PlannedInvestment,
} from '../funding';
import { deriveSizeClass } from '../size-class';
import type { PolicyFacts } from './facts';
import type { MissingInfo } from './result';
import { TIERS, TIER_NAMES, type Condition, type Validity } from './schema';

const SIZE_NAMES = { large: '大型', medium: '中型', small: '小型', micro: '微型' } as const;

export interface ConditionContext {
  readonly profile: EnterpriseProfile;
  readonly funding: FundingInputs;
  readonly facts: PolicyFacts;
  readonly validity: Validity;
  /** names of catalog measures that implement a provincial measure in the enterprise's area */
  readonly localImplementations: (ids: readonly string[]) => string[];
}

export interface PassOutcome {
  readonly kind: 'pass';
  readonly actions?: string[];
  readonly notes?: string[];
  /** met only once a planned certification, filing or level is obtained */
  readonly prerequisites?: string[];
  /** met only if the authority selects the enterprise (择优, 遴选, 综合评定) */
  readonly competition?: string[];
}

export type ConditionOutcome =
  PassOutcome | { kind: 'fail'; reason: string } | { kind: 'missing'; missing: MissingInfo[] };

const pass = (actions?: string[], notes?: string[]): ConditionOutcome => ({ kind: 'pass', actions, notes });
const prerequisite = (step: string): ConditionOutcome => ({ kind: 'pass', prerequisites: [step] });
const fail = (reason: string): ConditionOutcome => ({ kind: 'fail', reason });
const missing = (field: string, label: string): ConditionOutcome => ({
  kind: 'missing',
  missing: [{ field, label }],
});

export function sizeClassOf(profile: EnterpriseProfile): keyof typeof SIZE_NAMES {
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
  const names = c.anyOf.map((id) => CERTIFICATION_NAMES[id]).join('或');
  const found = c.anyOf
    .map((id) => ({ id, entry: certificationEntry(ctx, id) }))
    .filter((x): x is { id: CertificationId; entry: CertificationEntry } => x.entry !== undefined)
    .sort((a, b) => (a.entry.status === 'held' ? -1 : 0) - (b.entry.status === 'held' ? -1 : 0));
  const best = found[0];
  if (!best) return fail(`尚未取得或计划：${names}`);
  if (best.entry.status === 'planned' && !c.plannedCounts) return fail(`须已取得：${names}（目前仅为计划）`);
  if (c.firstTime) {
    if (best.entry.firstTime === false)
      return fail(`须为首次：${CERTIFICATION_NAMES[best.id]}（已登记为非首次）`);
    if (best.entry.firstTime === undefined) {
      return missing(
        `funding.certifications.${best.id}.firstTime`,
        `${CERTIFICATION_NAMES[best.id]}是否为首次`,
      );
    }
  }
  if (best.entry.status === 'held') return pass();
  const when = best.entry.year ? `（计划${best.entry.year}年）` : '';
  return prerequisite(`取得${CERTIFICATION_NAMES[best.id]}${when}`);
}

function checkDcmm(minLevel: number, ctx: ConditionContext): ConditionOutcome {
  if (ctx.profile.dcmmLevel >= minLevel) return pass();
  const planned = ctx.funding.dcmmPlannedLevel ?? 0;
  if (planned >= minLevel) return prerequisite(`通过 DCMM ${planned} 级认证（目前为计划）`);
  return fail(
    `DCMM 当前为${ctx.profile.dcmmLevel > 0 ? `${ctx.profile.dcmmLevel}级` : '未认证'}，需${minLevel}级及以上`,
  );
}

function checkFigure(c: Extract<Condition, { kind: 'figure' }>, ctx: ConditionContext): ConditionOutcome {
  const value = ctx.funding.figures[c.figure];
  if (value === undefined) return missing(`funding.figures.${c.figure}`, FIGURE_NAMES[c.figure]);
  const ok = c.op === 'gt' ? value > c.valueWan : value >= c.valueWan;
  const opText = c.op === 'gt' ? '超过' : '达到';
  return ok ? pass() : fail(`${FIGURE_NAMES[c.figure]}为${value}万，须${opText}${c.valueWan}万`);
}

function checkRevenueGrowth(minRate: number, ctx: ConditionContext): ConditionOutcome {
  const { revenueJanNovWan: current, revenueJanNovPrevWan: previous } = ctx.funding.figures;
  const needs: MissingInfo[] = [];
  if (current === undefined)
    needs.push({ field: 'funding.figures.revenueJanNovWan', label: FIGURE_NAMES.revenueJanNovWan });
  if (previous === undefined) {
    needs.push({ field: 'funding.figures.revenueJanNovPrevWan', label: FIGURE_NAMES.revenueJanNovPrevWan });
  }
  if (current === undefined || previous === undefined) return { kind: 'missing', missing: needs };
  const rate = previous === 0 ? (current > 0 ? Infinity : 0) : (current - previous) / previous;
  if (rate > minRate) return pass();
  const shown = Number.isFinite(rate) ? `${Math.round(rate * 1000) / 10}%` : '—';
  return fail(`1–11月营业收入同比增速为${shown}，须超过${Math.round(minRate * 100)}%`);
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
  const kindNames = c.investmentKinds.map((k) => INVESTMENT_KIND_NAMES[k]).join('/');
  const ofKind = ctx.funding.investments.filter((i) => c.investmentKinds.includes(i.kind));
  if (ofKind.length === 0) {
    return missing(
      'funding.investments',
      `计划投入：${kindNames}（金额、年份${c.channels ? '、渠道' : ''}）`,
    );
  }
  const inWindow = investmentsInWindow(ctx.funding, c.investmentKinds, ctx.validity);
  if (inWindow.length === 0) return fail(`${kindNames}投入的年份不在政策有效期内`);
  if (!c.channels) return pass();
  const channels: readonly string[] = c.channels;
  if (inWindow.some(({ investment }) => channels.includes(investment.channel))) return pass();
  const unknown = inWindow.filter(({ investment }) => investment.channel === 'unknown');
  const channelNames = c.channels.map((ch) => INVESTMENT_CHANNEL_NAMES[ch]).join('或');
  if (unknown.length > 0) {
    return {
      kind: 'missing',
      missing: unknown.map(({ index }) => ({
        field: `funding.investments.${index}.channel`,
        label: `${kindNames}投入的渠道（本措施仅支持通过${channelNames}）`,
      })),
    };
  }
  return fail(`${kindNames}须通过${channelNames}`);
}

function checkTier(minTier: (typeof TIERS)[number], ctx: ConditionContext): ConditionOutcome {
  const reached = ctx.facts.tierReached;
  if (reached === undefined) return missing('facts.tierReached', '智能工厂梯度等级（完成诊断后得出）');
  if (TIERS.indexOf(reached) >= TIERS.indexOf(minTier)) {
    return pass([`按${TIER_NAMES[minTier]}及以上要求申报，由主管部门评审认定`]);
  }
  return fail(`诊断估计为${TIER_NAMES[reached]}，须达到${TIER_NAMES[minTier]}及以上`);
}

function checkLocalImplementation(
  c: Extract<Condition, { kind: 'local-implementation' }>,
  ctx: ConditionContext,
): ConditionOutcome {
  const local = ctx.localImplementations(c.implementedBy);
  if (local.length > 0) return pass(undefined, [`本地实施：${local.join('、')}（金额与条件见该措施）`]);
  return missing('external.local-implementation', `${c.label}：请向所在地市主管部门核实是否已设立`);
}

export function checkCondition(c: Condition, ctx: ConditionContext): ConditionOutcome {
  switch (c.kind) {
    case 'size': {
      const size = sizeClassOf(ctx.profile);
      return c.allowed.includes(size)
        ? pass()
        : fail(
            `企业规模为${SIZE_NAMES[size]}，本措施限${c.allowed.map((s) => SIZE_NAMES[s]).join('、')}企业`,
          );
    }
    case 'ai-enterprise':
      if (ctx.profile.aiEnterprise === 'yes') return pass();
      if (ctx.profile.aiEnterprise === 'no') return fail(`${c.label}：企业登记为非人工智能企业`);
      return missing('profile.aiEnterprise', `是否属于人工智能企业（${c.label}）`);
    case 'independent-accounting':
      if (ctx.profile.independentAccounting === 'yes') return pass();
      if (ctx.profile.independentAccounting === 'no') return fail('须为实行独立核算的主体');
      return missing('profile.independentAccounting', `是否实行独立核算（${c.label}）`);
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
      return c.selection ? { kind: 'pass', competition: [c.label] } : pass([`主管部门评审：${c.label}`]);
  }
}
