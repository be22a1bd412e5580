import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES, MAX_EVIDENCE_BYTES } from '../../../electron/api/records';
import {
  EVIDENCE_BUDGET_BYTES,
  distinctBytes,
  evidenceBudget,
} from '../../../renderer/src/walkthrough/evidence-budget';

const MB = 1024 * 1024;

describe('evidence budget at attach time', () => {
  it('is 500 MB of evidence per assessment, in a bundle of at most 564 MB, files of at most 50 MB', () => {
    expect(EVIDENCE_BUDGET_BYTES).toBe(500 * MB);
    expect(MAX_BUNDLE_BYTES).toBe(564 * MB);
    expect(MAX_EVIDENCE_BYTES).toBe(50 * MB);
  });

  it('takes the issue’s two 28.6 MB photos, which no longer make a bundle the app cannot import', () => {
    expect(evidenceBudget(28.6 * MB, 28.6 * MB)).toBe('ok');
  });

  it('warns from 80% of the budget (400 MB) on, refuses past 500 MB, and is quiet below', () => {
    expect(evidenceBudget(390 * MB, 9 * MB)).toBe('ok');
    expect(evidenceBudget(390 * MB, 10 * MB)).toBe('near');
    expect(evidenceBudget(480 * MB, 20 * MB)).toBe('near');
    expect(evidenceBudget(480 * MB, 20 * MB + 1)).toBe('over');
  });

  it('counts a file attached to two questions once, as the bundle stores it', () => {
    const photo = { sha256: 'a'.repeat(64), size: 30 * MB };
    expect(distinctBytes([photo, photo, { sha256: 'b'.repeat(64), size: 5 * MB }])).toBe(35 * MB);
  });
});
