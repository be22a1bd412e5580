import { z } from 'zod';
import { boundedRecord } from './bounded-record';

/** More figure fields than any banded item has; bounds a stored answer to a few kilobytes. */
export const MAX_FIGURES = 32;

/**
 * One answer value per item type of a model. The item type decides which kind is valid;
 * the engine checks that pairing, this schema only fixes the shape that crosses boundaries.
 */
export const AnswerValueSchema = z.discriminatedUnion('kind', [
  /** ordinal level items: the level chosen (0 = below the first descriptor) */
  z.object({ kind: z.literal('level'), level: z.number().int().min(0).max(5) }),
  /** satisfaction items: 全部 / 大部分 / 部分 / 不满足 */
  z.object({ kind: z.literal('satisfaction'), value: z.enum(['full', 'most', 'partial', 'none']) }),
  /** yes/no gate questions (基本要求) */
  z.object({ kind: z.literal('boolean'), value: z.boolean() }),
  /** banded numeric items: the raw figures the consultant counted, keyed by the item's field ids */
  z.object({
    kind: z.literal('figures'),
    figures: boundedRecord(z.string().min(1).max(64), z.number().finite().min(0).max(1e12), MAX_FIGURES),
  }),
  /** multi-select additive items: ids of the measures in place */
  z.object({ kind: z.literal('choices'), selected: z.array(z.string().min(1).max(64)).max(100) }),
  /** not applicable, where the item allows it */
  z.object({ kind: z.literal('na') }),
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const ItemIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'item id: lower-case letters, digits, . _ -');

/** A saved or hypothetical answer to one item. */
export const AnswerSchema = z.object({
  itemId: ItemIdSchema,
  value: AnswerValueSchema,
  note: z.string().max(4000).default(''),
  flagged: z.boolean().default(false),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** Answers keyed by item id: what the engine scores. */
export type AnswerMap = Readonly<Record<string, AnswerValue>>;
