import type { MeasureEvaluation } from './result';

const CONTENDERS = new Set(['eligible', 'needs-information']);

/** Known figures rank by amount; an unspecified amount ranks below any figure. */
function value(m: MeasureEvaluation): number {
  return m.estimate.kind === 'unspecified' ? -1 : m.estimate.wan;
}

/**
 * Measures sharing an exclusivity group are alternatives for one project (从高不重复): the
 * highest estimate wins (an eligible measure before a needs-information one on a tie, then
 * catalog order); the others stay listed, marked as superseded by the winner.
 */
export function resolveExclusivity(measures: readonly MeasureEvaluation[]): MeasureEvaluation[] {
  const winners = new Map<string, MeasureEvaluation>();
  for (const m of measures) {
    if (!m.exclusivityGroup || !CONTENDERS.has(m.status)) continue;
    const best = winners.get(m.exclusivityGroup);
    const better =
      !best ||
      value(m) > value(best) ||
      (value(m) === value(best) && m.status === 'eligible' && best.status !== 'eligible');
    if (better) winners.set(m.exclusivityGroup, m);
  }
  return measures.map((m) => {
    const winner = m.exclusivityGroup ? winners.get(m.exclusivityGroup) : undefined;
    if (!winner || winner === m || !CONTENDERS.has(m.status)) return m;
    return {
      ...m,
      supersededBy: winner.measureId,
      notes: [...m.notes, `与「${winner.name}」属同一项目的可选支持，按从高不重复只计较高者`],
    };
  });
}
