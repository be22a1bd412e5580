import { z } from 'zod';
import { RecommendationResultSchema } from '@engine/scenario/recommend';
import { method } from '../method';
import { PolicyRequestSchema } from './policy';

/** AI-scenario recommendations for one enterprise, from the same facts as the subsidy evaluation. */
export const scenarioMethods = {
  'scenario.recommend': method(
    PolicyRequestSchema.extend({ limit: z.number().int().min(1).max(100).optional() }),
    RecommendationResultSchema,
  ),
};
