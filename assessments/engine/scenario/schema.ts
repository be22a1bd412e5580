import { z } from 'zod';
import { InvestmentKindSchema } from '../funding';
import { TypicalScenarioIdSchema } from '../policy/facts';
import { QuoteSchema } from '../policy/schema';

/**
 * The AI-scenario catalog (assessments/scenarios/*.yaml): the 40 typical scenarios plus the AI
 * scenarios the policy texts name, each mapped to the typical scenarios (and so the dimensions)
 * it lifts. Prerequisites and effort bands are consultant estimates, not policy content.
 */

export const EFFORT_BANDS = ['S', 'M', 'L'] as const;
export const EffortBandSchema = z.enum(EFFORT_BANDS);
export type EffortBand = z.infer<typeof EffortBandSchema>;
export const EFFORT_BAND_NAMES: Record<EffortBand, string> = {
  S: '小（约3个月内，单条产线或单个环节）',
  M: '中（约3–9个月，跨车间或需系统集成）',
  L: '大（9个月以上，全厂或跨企业）',
};

export const ScenarioSourceSchema = z.object({
  /** file name of the document text in the seeds folder beside the checkout (used by models:check) */
  file: z.string().regex(/^[\w.-]+\.txt$/),
  quote: QuoteSchema,
});

export const ScenarioSchema = z.object({
  id: z
    .string()
    .min(2)
    .max(64)
    .regex(/^[a-z0-9][a-z0-9-]*$/),
  /** typical: one of the 40 of the guide; named: named by a policy text */
  origin: z.enum(['typical', 'named']),
  name: z.string().min(2).max(60),
  nameEn: z.string().min(2).max(80),
  /** an AI application: counts towards the AI-scenario share the higher tiers ask for */
  ai: z.boolean(),
  lifts: z.array(TypicalScenarioIdSchema).min(1).max(8),
  /**
   * typical scenarios whose systems and data the prerequisites amount to (质量管理系统 → 质量分析与
   * 改进): covered ones count as prerequisites met. Consultant estimate, like the prerequisites.
   */
  buildsOn: z.array(TypicalScenarioIdSchema).max(8).default([]),
  summary: z.string().min(4).max(200),
  prerequisites: z.object({
    data: z.array(z.string().min(2).max(80)).default([]),
    equipment: z.array(z.string().min(2).max(80)).default([]),
    systems: z.array(z.string().min(2).max(80)).default([]),
  }),
  effort: EffortBandSchema,
  /** what a project of this kind typically buys; links the scenario to measures that fund it */
  spend: z.array(InvestmentKindSchema).min(1),
  sources: z.array(ScenarioSourceSchema).default([]),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const ScenarioCatalogSchema = z.object({
  schemaVersion: z.literal(1),
  scenarios: z.array(ScenarioSchema).min(1),
});
export type ScenarioCatalog = z.infer<typeof ScenarioCatalogSchema>;

export function scenarioIntegrityIssues(scenarios: readonly Scenario[]): string[] {
  const issues: string[] = [];
  const seen = new Set<string>();
  for (const s of scenarios) {
    if (seen.has(s.id)) issues.push(`重复的场景 id：${s.id}`);
    seen.add(s.id);
    if (s.origin === 'named' && s.sources.length === 0) issues.push(`${s.id}：文件点名的场景须引用原文`);
  }
  return issues;
}
