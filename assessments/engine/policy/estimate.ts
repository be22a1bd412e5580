import { z } from 'zod';

/**
 * 万元; 'up-to' when the text gives a ceiling, 'unspecified' when it gives no figure,
 * 'policy-cap' for the document's ceiling shown on a measure the enterprise cannot count on
 * (selected on merit, not eligible, expired): a 政策上限, never an estimate.
 */
export const EstimateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('amount'), wan: z.number().min(0) }),
  z.object({ kind: z.literal('up-to'), wan: z.number().min(0) }),
  z.object({ kind: z.literal('policy-cap'), wan: z.number().min(0) }),
  z.object({ kind: z.literal('unspecified') }),
]);
export type Estimate = z.infer<typeof EstimateSchema>;
