import { z } from 'zod';
import { EvaluationInputSchema } from '../../../assessments/engine/policy/evaluate';
import { EvaluationResultSchema } from '../../../assessments/engine/policy/result';
import { PolicyDocumentSchema } from '../../../assessments/engine/policy/schema';
import { RecommendationResultSchema } from '../../../assessments/engine/scenario/recommend';
import { ScenarioSchema } from '../../../assessments/engine/scenario/schema';
import { method } from '../method';

/**
 * Subsidy catalog, its evaluation for one enterprise, and AI-scenario recommendations.
 * Evaluation inputs are explicit (profile, funding inputs, facts from the diagnosis) so the UI
 * can run what-ifs; `date` defaults to today on the machine running the back end.
 */
export const PolicyRequestSchema = EvaluationInputSchema.extend({
  date: z.iso.date().optional(),
});

export const PolicyListSchema = z.object({
  catalogVersion: z.string(),
  documents: z.array(PolicyDocumentSchema),
  scenarios: z.array(ScenarioSchema),
});

export const policyMethods = {
  'policy.list': method(z.object({}).strict(), PolicyListSchema),
  'policy.evaluate': method(PolicyRequestSchema, EvaluationResultSchema),
  'scenario.recommend': method(
    PolicyRequestSchema.extend({ limit: z.number().int().min(1).max(100).optional() }),
    RecommendationResultSchema,
  ),
};
