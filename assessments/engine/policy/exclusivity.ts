import { optional, phrase, type Phrase } from '../phrase';
import type { MeasureEvaluation } from './result';

/** Known figures rank by amount; an unspecified amount ranks below any figure. */
function value(m: MeasureEvaluation): number {
  return m.estimate.kind === 'unspecified' ? -1 : m.estimate.wan;
}

/** Measures that can still come into play: in force and not refused on the facts entered. */
const IN_PLAY = new Set(['eligible', 'competitive', 'after-prerequisites', 'needs-information']);

function reasonFor(m: MeasureEvaluation, winner: MeasureEvaluation | undefined): Phrase {
  if (m.status !== 'eligible') {
    const counted = winner ? phrase('excl.countedAs', { name: { text: winner.name } }) : undefined;
    return phrase('excl.notCompared', {
      status: { name: 'status', id: m.status },
      counted: optional(counted),
    });
  }
  if (m === winner || !winner) return phrase('excl.chosen');
  return phrase('excl.lower', {
    winner: { text: winner.name },
    winnerEstimate: { estimate: winner.estimate },
    estimate: { estimate: m.estimate },
  });
}

/**
 * Measures sharing an exclusivity group are alternatives for one project (从高不重复). Only
 * measures eligible today compete: the highest estimate wins (catalog order on a tie) and the
 * other eligible ones are marked superseded. A measure that needs information, is competitive or
 * waits for a prerequisite never hides an eligible one; every member in play lists the others.
 */
export function resolveExclusivity(measures: readonly MeasureEvaluation[]): MeasureEvaluation[] {
  const groups = new Map<string, MeasureEvaluation[]>();
  for (const m of measures) {
    if (!m.exclusivityGroup || !IN_PLAY.has(m.status)) continue;
    groups.set(m.exclusivityGroup, [...(groups.get(m.exclusivityGroup) ?? []), m]);
  }
  const winners = new Map<string, MeasureEvaluation>();
  for (const [group, members] of groups) {
    const eligible = members.filter((m) => m.status === 'eligible');
    const best = eligible.reduce<MeasureEvaluation | undefined>(
      (top, m) => (!top || value(m) > value(top) ? m : top),
      undefined,
    );
    if (best) winners.set(group, best);
  }
  return measures.map((m) => {
    const members = m.exclusivityGroup ? groups.get(m.exclusivityGroup) : undefined;
    if (!members || !members.includes(m) || members.length < 2) return m;
    const winner = winners.get(m.exclusivityGroup!);
    const alternatives = members
      .filter((o) => o !== m)
      .map((o) => ({ name: o.name, status: o.status, estimate: o.estimate }));
    const superseded = m.status === 'eligible' && winner !== undefined && winner !== m;
    return {
      ...m,
      ...(superseded ? { supersededBy: winner.measureId } : {}),
      exclusivity: {
        ...(winner ? { chosen: winner.name } : {}),
        alternatives,
        reason: reasonFor(m, winner),
      },
    };
  });
}
