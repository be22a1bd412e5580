import { fmtWan } from './format';
import { MEASURE_STATUS_NAMES, type Estimate, type MeasureEvaluation } from './result';

/** Known figures rank by amount; an unspecified amount ranks below any figure. */
function value(m: MeasureEvaluation): number {
  return m.estimate.kind === 'unspecified' ? -1 : m.estimate.wan;
}

export function estimateWords(e: Estimate): string {
  switch (e.kind) {
    case 'amount':
      return fmtWan(e.wan);
    case 'up-to':
      return `最高${fmtWan(e.wan)}`;
    case 'policy-cap':
      return `政策上限${fmtWan(e.wan)}`;
    case 'unspecified':
      return '金额未规定';
  }
}

/** Measures that can still come into play: in force and not refused on the facts entered. */
const IN_PLAY = new Set(['eligible', 'competitive', 'after-prerequisites', 'needs-information']);

function reasonFor(m: MeasureEvaluation, winner: MeasureEvaluation | undefined): string {
  if (m.status !== 'eligible') {
    const status = MEASURE_STATUS_NAMES[m.status];
    const counted = winner ? `目前按「${winner.name}」计；` : '';
    return `本项目前为「${status}」，不参与比较：${counted}若日后本项也符合条件，同一项目只按较高一项支持`;
  }
  if (m === winner) return '同组中现在即可申报且金额最高的一项，按从高不重复计入本项';
  return `同一项目只按较高一项支持：「${winner?.name ?? ''}」（${winner ? estimateWords(winner.estimate) : ''}）不低于本项（${estimateWords(m.estimate)}），不计本项`;
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
      .map((o) => ({ name: o.name, status: o.status, estimate: estimateWords(o.estimate) }));
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
