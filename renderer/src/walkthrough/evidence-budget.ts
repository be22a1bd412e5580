/**
 * The attach-time check uses the very definition the store enforces in evidence.add (one
 * bundle's evidence budget, and the share from which the consultant is warned).
 */
export { EVIDENCE_BUDGET_BYTES, evidenceBudget, type BudgetVerdict } from '@contract/bundle-limits';

/** What a bundle carries of these files: each distinct file once, as the store counts it. */
export function distinctBytes(files: readonly { sha256: string; size: number }[]): number {
  const seen = new Map(files.map((f) => [f.sha256, f.size]));
  return [...seen.values()].reduce((sum, size) => sum + size, 0);
}
