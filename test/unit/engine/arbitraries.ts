import fc from 'fast-check';
import type { AnswerValue } from '../../../assessments/engine/answer';
import type { OwnedItem } from '../../../assessments/engine/model/schema';
import { SATISFACTION_ORDER } from '../../../assessments/engine/scoring/item';

/** Any valid answer to an item (or none), drawn from its own answer space. */
export function answerArb(item: OwnedItem): fc.Arbitrary<AnswerValue | undefined> {
  const none = fc.constant(undefined);
  switch (item.type) {
    case 'level':
      return fc.oneof(
        none,
        fc
          .integer({ min: 0, max: item.levels.length })
          .map((level): AnswerValue => ({ kind: 'level', level })),
      );
    case 'satisfaction':
      return fc.oneof(
        none,
        fc.constantFrom(...SATISFACTION_ORDER).map((value): AnswerValue => ({ kind: 'satisfaction', value })),
      );
    case 'boolean':
      return fc.oneof(
        none,
        fc.boolean().map((value): AnswerValue => ({ kind: 'boolean', value })),
      );
    case 'figures':
      return fc.oneof(
        none,
        fc
          .tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }))
          .map(([total, part]): AnswerValue => ({
            kind: 'figures',
            figures: { [item.ratio.denominator]: total, [item.ratio.numerator]: Math.min(part, total) },
          })),
      );
    case 'choices':
      return item.select === 'single'
        ? fc.oneof(
            none,
            fc
              .constantFrom(...item.options.map((o) => o.id))
              .map((id): AnswerValue => ({ kind: 'choices', selected: [id] })),
          )
        : fc.oneof(
            none,
            fc
              .subarray(item.options.map((o) => o.id))
              .map((selected): AnswerValue => ({ kind: 'choices', selected })),
          );
  }
}

/** Any answer set over `items`: each item answered with a valid value or left open. */
export const answersArbitrary = (items: readonly OwnedItem[]) =>
  fc.tuple(...items.map(answerArb)).map((values) => {
    const out: Record<string, AnswerValue> = {};
    values.forEach((v, i) => {
      if (v) out[items[i]!.id] = v;
    });
    return out;
  });
