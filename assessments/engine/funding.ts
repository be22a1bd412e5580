import { z } from 'zod';

/**
 * What the subsidy evaluation needs beyond the profile and the questionnaire:
 * planned investments and filings/certifications. Owned by the policy catalog; the store keeps
 * one FundingInputs per assessment. (Initial shape: the catalog issue refines it.)
 */
export const InvestmentKindSchema = z.enum([
  'compute', // 算力租用 / 算力服务
  'model', // 大模型服务采购
  'data', // 数据服务 / 语料
  'equipment', // 智能装备
  'software', // 工业软件
  'training', // 训练服务
  'scenario', // AI 场景应用项目
]);
export type InvestmentKind = z.infer<typeof InvestmentKindSchema>;

export const PlannedInvestmentSchema = z.object({
  kind: InvestmentKindSchema,
  /** amount in 万元 */
  amountWan: z.number().min(0).max(1e7),
  year: z.number().int().min(2020).max(2035),
  /** service platform or channel, e.g. a city compute platform */
  channel: z.string().max(120).default(''),
  note: z.string().max(1000).default(''),
});

export const FilingStatusSchema = z.enum(['none', 'planned', 'held']);

export const FundingInputsSchema = z.object({
  investments: z.array(PlannedInvestmentSchema).max(200).default([]),
  filings: z.record(z.string().min(1).max(64), FilingStatusSchema).default({}),
});
export type FundingInputs = z.infer<typeof FundingInputsSchema>;
