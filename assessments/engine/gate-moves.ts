import type { GateStatus, Label, ModelResult } from './diagnosis/schema';
import type { Phrase } from './phrase';

/** A tier condition whose status differs between two diagnoses of the same questionnaire. */
export interface GateMove {
  readonly gateId: string;
  readonly tier: Label;
  readonly label: Label;
  readonly before: GateStatus;
  readonly after: GateStatus;
  /** how the condition reads after the change (measured values, not scores) */
  readonly detail: Phrase;
}

const HOLDS: ReadonlySet<GateStatus> = new Set(['pass', 'needs-verification']);

/**
 * The gates that moved between `before` and `after`, conditions becoming met first. A what-if can
 * change the tier while the five-dimension score stays put (a CMMM estimate, the AI share, a
 * previous tier); this names the condition that did it.
 */
export function gateMoves(before: ModelResult, after: ModelResult): GateMove[] {
  const was = new Map(before.gates.map((g) => [g.gateId, g.status]));
  const tierLabel = new Map(after.tiers.map((t) => [t.code, t.label]));
  const moves = after.gates.flatMap((g) => {
    const from = was.get(g.gateId);
    if (from === undefined || from === g.status) return [];
    const tier = tierLabel.get(g.tier) ?? { zh: g.tier, en: g.tier };
    return [{ gateId: g.gateId, tier, label: g.label, before: from, after: g.status, detail: g.detail }];
  });
  const met = (m: GateMove) => (HOLDS.has(m.after) && !HOLDS.has(m.before) ? 0 : 1);
  return moves.sort((a, b) => met(a) - met(b));
}
