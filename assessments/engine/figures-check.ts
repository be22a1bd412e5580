import type { AnswerValue } from './answer';
import type { Label } from './diagnosis/schema';
import type { FiguresItem, OwnedItem } from './model/schema';

/**
 * Counted figures that belong together are checked together, and a figure asked by two items
 * (生产设备总数 in 数字化率 and 联网率) is one fact: typing it in either item changes both.
 */

/** Field places that hold the same fact; the first place is where it is asked first. */
export const SHARED_FIGURES: ReadonlyArray<ReadonlyArray<{ itemId: string; field: string }>> = [
  [
    { itemId: 'sme.equip.digitised', field: 'total' },
    { itemId: 'sme.equip.networked', field: 'total' },
  ],
];

export interface FigureProblem {
  readonly itemId: string;
  readonly part: { readonly label: Label; readonly value: number; readonly unit: string };
  readonly whole: { readonly label: Label; readonly value: number; readonly unit: string };
}

function field(item: FiguresItem, id: string) {
  return item.fields.find((f) => f.id === id);
}

/**
 * The inconsistency in one item's figures, if any. A ratio is a share of a whole (its bands end at
 * 1 at most), so the part cannot exceed the whole — except for an `unbounded` comparison of two
 * values (an indicator against its benchmark).
 */
export function figureProblem(item: FiguresItem, value: AnswerValue | null): FigureProblem | undefined {
  if (value?.kind !== 'figures' || item.ratio.unbounded) return undefined;
  const part = value.figures[item.ratio.numerator];
  const whole = value.figures[item.ratio.denominator];
  if (part === undefined || whole === undefined || part <= whole) return undefined;
  const p = field(item, item.ratio.numerator);
  const w = field(item, item.ratio.denominator);
  if (!p || !w) return undefined;
  return {
    itemId: item.id,
    part: { label: p.label, value: part, unit: p.unit },
    whole: { label: w.label, value: whole, unit: w.unit },
  };
}

/** Chinese message for the service (the renderer words it from its catalogs). */
export function figureProblemText(problem: FigureProblem): string {
  const { part, whole } = problem;
  return `${part.label.zh}（${part.value} ${part.unit}）不能超过${whole.label.zh}（${whole.value} ${whole.unit}），请核对后再保存`;
}

function placesOf(itemId: string) {
  return SHARED_FIGURES.flatMap((group) => {
    const here = group.find((p) => p.itemId === itemId);
    return here ? [{ here, others: group.filter((p) => p.itemId !== itemId) }] : [];
  });
}

/**
 * The other answers a figures answer changes: every answered item sharing one of its fields gets
 * the new value of that field.
 */
export function sharedFigureUpdates(
  itemId: string,
  value: AnswerValue | null,
  answerOf: (itemId: string) => AnswerValue | null | undefined,
): Array<{ itemId: string; value: AnswerValue }> {
  if (value?.kind !== 'figures') return [];
  const out = new Map<string, Record<string, number>>();
  for (const { here, others } of placesOf(itemId)) {
    const shared = value.figures[here.field];
    if (shared === undefined) continue;
    for (const other of others) {
      const current = out.get(other.itemId) ?? figuresOf(answerOf(other.itemId));
      if (!current || current[other.field] === shared) continue;
      out.set(other.itemId, { ...current, [other.field]: shared });
    }
  }
  return [...out].map(([id, figures]) => ({ itemId: id, value: { kind: 'figures', figures } }));
}

function figuresOf(value: AnswerValue | null | undefined): Record<string, number> | undefined {
  return value?.kind === 'figures' ? value.figures : undefined;
}

/** Field values an unanswered item can start with, because another item already holds the fact. */
export function sharedFigureDefaults(
  itemId: string,
  answerOf: (itemId: string) => AnswerValue | null | undefined,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { here, others } of placesOf(itemId)) {
    for (const other of others) {
      const v = figuresOf(answerOf(other.itemId))?.[other.field];
      if (v !== undefined && out[here.field] === undefined) out[here.field] = v;
    }
  }
  return out;
}

/** Every problem a saved answer and the answers it changes would have. */
export function figureProblems(
  changes: ReadonlyArray<{ itemId: string; value: AnswerValue | null }>,
  itemOf: (itemId: string) => OwnedItem | undefined,
): FigureProblem[] {
  return changes.flatMap(({ itemId, value }) => {
    const item = itemOf(itemId);
    const problem = item?.type === 'figures' ? figureProblem(item, value) : undefined;
    return problem ? [problem] : [];
  });
}
