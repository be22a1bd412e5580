import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../../electron/api/records';
import { EVIDENCE_BUDGET_BYTES, evidenceBudget } from '../../../renderer/src/walkthrough/evidence-budget';

const MB = 1024 * 1024;

describe('evidence budget at attach time', () => {
  it('is the bundle limit (56 MB) less 2 MB for the JSON entries and zip headers', () => {
    expect(MAX_BUNDLE_BYTES).toBe(56 * MB);
    expect(EVIDENCE_BUDGET_BYTES).toBe(54 * MB);
  });

  it('refuses the second 28.6 MB photo of the issue: the bundle could not be imported', () => {
    expect(evidenceBudget(0, 28.6 * MB)).toBe('ok');
    expect(evidenceBudget(28.6 * MB, 28.6 * MB)).toBe('over');
  });

  it('warns from 80% of the budget (43.2 MB) on, and is quiet below', () => {
    expect(evidenceBudget(40 * MB, 3 * MB)).toBe('ok');
    expect(evidenceBudget(40 * MB, 3.2 * MB)).toBe('near');
    expect(evidenceBudget(50 * MB, 4 * MB)).toBe('near');
    expect(evidenceBudget(50 * MB, 4 * MB + 1)).toBe('over');
  });
});
