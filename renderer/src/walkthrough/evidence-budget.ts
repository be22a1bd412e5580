import { MAX_BUNDLE_BYTES } from '@contract/records';

/**
 * What one assessment's evidence may total so that its bundle still imports: the bundle limit
 * less room for the JSON entries and the zip's own headers. Photos and PDFs do not compress, so
 * the evidence travels at about its own size.
 */
export const EVIDENCE_BUDGET_BYTES = MAX_BUNDLE_BYTES - 2 * 1024 * 1024;
/** From this share of the budget on, the consultant is told at each attachment. */
const NEAR_SHARE = 0.8;

export type BudgetVerdict = 'ok' | 'near' | 'over';

/** Whether adding `adding` bytes to `current` bytes of evidence keeps the assessment exportable. */
export function evidenceBudget(
  current: number,
  adding: number,
  budget = EVIDENCE_BUDGET_BYTES,
): BudgetVerdict {
  const total = current + adding;
  if (total > budget) return 'over';
  return total >= budget * NEAR_SHARE ? 'near' : 'ok';
}
