import { z } from 'zod';
import { DIMENSIONS } from '../dimensions';
import { TierSchema } from './schema';

const TYPICAL_SCENARIO_ID = /^ts(0[1-9]|[1-3]\d|40)$/;
export const TypicalScenarioIdSchema = z.string().regex(TYPICAL_SCENARIO_ID, 'typical scenario id ts01–ts40');
/** The schema's test without building a parse result (it runs for every gap of every diagnosis). */
export const isTypicalScenarioId = (id: string | undefined): id is string =>
  id !== undefined && TYPICAL_SCENARIO_ID.test(id);
export const DimensionIdSchema = z.enum(DIMENSIONS);

/**
 * What policy evaluation and scenario ranking need from a diagnosis, kept small and independent
 * of the diagnosis result's full shape (see fromDiagnosis for the mapping). All optional: a
 * missing fact makes the measures that depend on it "needs information", never "eligible".
 */
export const PolicyFactsSchema = z.object({
  /** tier whose conditions the diagnosis estimates as met */
  tierReached: TierSchema.optional(),
  /** the tier the gaps refer to */
  nextTier: TierSchema.exclude(['none']).optional(),
  cmmmLevel: z.number().int().min(0).max(5).optional(),
  smeDigitalLevel: z.number().int().min(0).max(4).optional(),
  coveredScenarioIds: z.array(TypicalScenarioIdSchema).max(40).default([]),
  /** share of covered scenarios that use AI, 0–1 */
  aiScenarioShare: z.number().min(0).max(1).optional(),
  /** the next tier asks for a higher AI-scenario share than reached (its ai-share gate fails) */
  aiShareShort: z.boolean().default(false),
  /** dimensions the next tier needs covered and that are not */
  uncoveredDimensions: z.array(DimensionIdSchema).max(5).default([]),
  gaps: z
    .array(
      z.object({
        itemId: z.string().min(1).max(128),
        /** relative importance for the next tier (the diagnosis' impact score, any positive scale) */
        weight: z.number().min(0).max(1000),
        typicalScenarioId: TypicalScenarioIdSchema.optional(),
        dimension: DimensionIdSchema.optional(),
      }),
    )
    .max(500)
    .default([]),
});
export type PolicyFacts = z.infer<typeof PolicyFactsSchema>;
