import { z } from 'zod';
import { ApplicationFiguresSchema } from './application-figures';

/**
 * What the subsidy evaluation needs beyond the profile and the questionnaire: planned
 * investments, filings/certifications held or planned, and a few annual figures some measures
 * are computed from. The store keeps one FundingInputs per assessment as a JSON column, so every
 * field has a default and `{}` parses. Amounts are 万元 throughout.
 */

export const INVESTMENT_KINDS = [
  'compute', // 智能算力租用/购买（不含存储、网络、安全等其他服务）
  'training', // 训练算力/训练服务（训力券）
  'model-service', // 购买模型服务、API 调用
  'data-service', // 数据标注、治理、语料等数据服务
  'equipment', // 智能装备
  'software', // 工业软件
  'scenario-project', // AI 场景应用/智能化改造项目整体投入
  'platform-build', // 平台、促进中心等载体建设投入
] as const;
export const InvestmentKindSchema = z.enum(INVESTMENT_KINDS);
export type InvestmentKind = z.infer<typeof InvestmentKindSchema>;

/** Through which channel a purchase is made; some measures only pay for one channel. */
export const INVESTMENT_CHANNELS = [
  'unknown', // 尚未确定
  'dongguan-ai-compute-platform', // 东莞市人工智能算力服务平台
  'within-huangpu', // 广州开发区/黄埔区区内智能算力
  'other', // 其他渠道
] as const;
export const InvestmentChannelSchema = z.enum(INVESTMENT_CHANNELS);
export type InvestmentChannel = z.infer<typeof InvestmentChannelSchema>;

/** Above 10^7 万元 (1000亿元) an amount is a typing or unit error, refused rather than clamped. */
export const MAX_AMOUNT_WAN = 1e7;

/**
 * Years a planned investment may fall in: the catalog's documents run from 2025 (粤工信数字产业函
 * 〔2025〕12号, 2025-04-22) to 2028 (黄埔 穗开经信规字〔2025〕7号, to 2028-06-26), the provincial plan
 * covers 2025—2027; a year of the plan before or after this span is refused (a test keeps every
 * document's validity inside it).
 */
export const FUNDING_YEAR_SPAN = { from: 2024, to: 2030 } as const;

/** A 万元 amount: never negative, never absurd; the message names the field. */
export function amountWan(field: string) {
  return z
    .number({ error: `${field}须为数字（万元）` })
    .min(0, { error: `${field}不能为负数` })
    .max(MAX_AMOUNT_WAN, {
      error: `${field}超过 ${MAX_AMOUNT_WAN} 万元（1000亿元），请核对金额和单位（万元）`,
    });
}

export const PlannedInvestmentSchema = z.object({
  kind: InvestmentKindSchema,
  /** amount in 万元 */
  amountWan: amountWan('计划投入金额'),
  /** stored plans keep the v1 bounds; a plan being saved must fall in FUNDING_YEAR_SPAN */
  year: z
    .number({ error: '计划投入年份须为数字' })
    .int({ error: '计划投入年份须为整数' })
    .min(2020, { error: '计划投入年份不能早于2020年' })
    .max(2035, { error: '计划投入年份不能晚于2035年' }),
  channel: InvestmentChannelSchema.default('unknown'),
  /** the AI scenario (scenario catalog id) this spending belongs to, if any */
  scenarioId: z.string().max(64).optional(),
  note: z.string().max(1000).default(''),
});
export type PlannedInvestment = z.infer<typeof PlannedInvestmentSchema>;

/** Filings, recognitions and certifications that measures reward or require. */
export const CERTIFICATION_IDS = [
  'genai-model-filing', // 国家级生成式人工智能（大模型）上线备案
  'deep-synthesis-filing', // 国家级境内深度合成服务算法备案
  'data-asset-booking', // 数据资源入表
  'trusted-data-space', // 可信数据空间建设获上级认可
  'first-of-kind-equipment', // 首台（套）重大装备认定
  'first-edition-software', // 首版次软件认定
  'srdi-sme', // 专精特新中小企业
  'srdi-little-giant', // 国家专精特新"小巨人"
  'single-champion', // 制造业单项冠军
  'hidden-champion-gd', // 广东省"隐形冠军"
  'high-tech', // 高新技术企业
  'gd-ai-benchmark', // 省级人工智能融合应用标杆
  'typical-case-national-provincial', // 国家级、省级人工智能典型应用案例
  'mfg-innovation-center', // 国家级、省级制造业创新中心
  'ai-tech-task', // 承担国家/省重大人工智能产业科技任务
  'national-ai-fund-project', // 获得人工智能领域国家专项资金支持的项目
] as const;
export const CertificationIdSchema = z.enum(CERTIFICATION_IDS);
export type CertificationId = z.infer<typeof CertificationIdSchema>;

export const CertificationStatusSchema = z.enum(['planned', 'held']);
export type CertificationStatus = z.infer<typeof CertificationStatusSchema>;

export const CertificationEntrySchema = z.object({
  status: CertificationStatusSchema,
  /** year obtained (held) or expected (planned) */
  year: z.number().int().min(2000).max(2035).optional(),
  /** whether this is the enterprise's first such filing/recognition (several rewards say 首次) */
  firstTime: z.boolean().optional(),
});
export type CertificationEntry = z.infer<typeof CertificationEntrySchema>;

/**
 * Annual figures some measures compute from (万元, for the year being evaluated). Absent means
 * "not entered", which the evaluation reports as needed information; 0 means zero.
 */
export const FundingFiguresSchema = z.object({
  /** 首次入表的数据资源金额 */
  dataAssetBookedWan: amountWan('首次入表的数据资源金额').optional(),
  /** 数据质量评价、资产评估及第三方审计等服务费用 */
  dataAssetServiceFeesWan: amountWan('数据质量评价、资产评估及第三方审计等服务费用').optional(),
  /** 年度通过数据交易所挂牌场内交易总金额 */
  dataExchangeTradeWan: amountWan('年度数据交易所挂牌场内交易总金额').optional(),
  /** 当年 1–11 月营业收入 */
  revenueJanNovWan: amountWan('当年1–11月营业收入').optional(),
  /** 上年同期（1–11 月）营业收入 */
  revenueJanNovPrevWan: amountWan('上年同期1–11月营业收入').optional(),
});
export type FundingFigures = z.infer<typeof FundingFiguresSchema>;
export type FigureId = keyof FundingFigures;
export const FIGURE_IDS = Object.keys(FundingFiguresSchema.shape) as FigureId[];
export const FigureIdSchema = z.enum(FIGURE_IDS as [FigureId, ...FigureId[]]);

export const FundingInputsSchema = z.object({
  investments: z.array(PlannedInvestmentSchema).max(200).default([]),
  certifications: z.partialRecord(CertificationIdSchema, CertificationEntrySchema).default({}),
  /** DCMM level the enterprise is working towards (the level held is profile.dcmmLevel) */
  dcmmPlannedLevel: z.number().int().min(1).max(5).optional(),
  figures: FundingFiguresSchema.default({}),
  /** what the application forms ask beyond the questionnaire (integrator, build dates, rates, KPIs) */
  application: ApplicationFiguresSchema.optional(),
});
export type FundingInputs = z.infer<typeof FundingInputsSchema>;

/**
 * Funding inputs as a person saves them: the plan's years must lie in the span the catalog covers
 * (stored plans from before the rule still read, and are refused only when saved again).
 */
export const FundingInputsEntrySchema = FundingInputsSchema.superRefine((funding, ctx) => {
  funding.investments.forEach((inv, i) => {
    if (inv.year >= FUNDING_YEAR_SPAN.from && inv.year <= FUNDING_YEAR_SPAN.to) return;
    ctx.addIssue({
      code: 'custom',
      path: ['investments', i, 'year'],
      message: `第${i + 1}项计划投入的年份（${inv.year}）不在政策目录覆盖的年份内（${FUNDING_YEAR_SPAN.from}–${FUNDING_YEAR_SPAN.to}）`,
    });
  });
});
