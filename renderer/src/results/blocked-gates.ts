import type { Label } from '@engine/diagnosis/schema';

interface NamedGate {
  readonly gateId: string;
  readonly label: Label;
}

/**
 * The names a person reads for the gates a lift cannot move (the tier's own gate labels). A gate
 * the result does not list has no name to show, so it is left out rather than shown by its id.
 */
export function blockedGateNames(
  blockedBy: readonly string[],
  gates: readonly NamedGate[],
  label: (l: Label) => string,
): string[] {
  const byId = new Map(gates.map((g) => [g.gateId, g.label]));
  return blockedBy.flatMap((id) => {
    const name = byId.get(id);
    return name ? [label(name)] : [];
  });
}
