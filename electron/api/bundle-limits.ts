/**
 * What one assessment bundle (.sfdx) carries, defined once for the store (evidence.add), the
 * bundle importer and exporter, the web shell's upload route and the renderer's attach warning.
 * Why these figures: docs/bundle-format.md, "Limits".
 */

const MB = 1024 * 1024;

/** One evidence file: a phone photo is 3–8 MB, a scanned certificate PDF rarely above 20 MB. */
export const MAX_EVIDENCE_BYTES = 50 * MB;
/**
 * All evidence of one assessment together, counted once per distinct file (a bundle stores each
 * file once). Import and export stream, so memory does not grow with it; what bounds it is a
 * factory PC's disk, a USB stick and the minutes an import may take.
 */
export const EVIDENCE_BUDGET_BYTES = 500 * MB;
/** One JSON entry uncompressed: 200 000 audit events of about 300 bytes fit. */
export const MAX_JSON_ENTRY_BYTES = 64 * MB;
/** The whole .sfdx file: the evidence budget plus room for the JSON entries and zip headers. */
export const MAX_BUNDLE_BYTES = EVIDENCE_BUDGET_BYTES + MAX_JSON_ENTRY_BYTES;
/** From this share of the budget on, the consultant is told at each attachment. */
export const EVIDENCE_NEAR_SHARE = 0.8;

export type BudgetVerdict = 'ok' | 'near' | 'over';

/** Whether adding `adding` bytes to `current` bytes of evidence keeps the assessment exportable. */
export function evidenceBudget(
  current: number,
  adding: number,
  budget = EVIDENCE_BUDGET_BYTES,
): BudgetVerdict {
  const total = current + adding;
  if (total > budget) return 'over';
  return total >= budget * EVIDENCE_NEAR_SHARE ? 'near' : 'ok';
}
