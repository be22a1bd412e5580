import { z } from 'zod';
import { EvaluationInputSchema } from '@engine/policy/evaluate';
import { EvaluationResultSchema } from '@engine/policy/result';
import { PolicyDocumentSchema } from '@engine/policy/schema';
import { ScenarioSchema } from '@engine/scenario/schema';
import { method } from '../method';

/**
 * Subsidy catalog and its evaluation for one enterprise (AI-scenario recommendations: ./scenario.ts).
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
};
