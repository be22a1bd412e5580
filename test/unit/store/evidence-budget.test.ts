import { describe, expect, it } from 'vitest';
import { sha256Of } from '../../../electron/services/store/blobs';
import { closingStores } from './closing-stores';
import { seedAssessment } from './support';

const KB = 1024;
const { fresh } = closingStores();

const file = (size: number, fill: number) => new Uint8Array(size).fill(fill);

/** A store whose bundle carries 100 KB of evidence (the real budget is 500 MB: same rule, smaller files). */
async function smallBudget() {
  const store = await fresh({ evidenceBudgetBytes: 100 * KB });
  const { assessment } = seedAssessment(store);
  const add = (fileName: string, bytes: Uint8Array, itemId: string | null = 'factory.network') =>
    store.evidence.add({ assessmentId: assessment.id, itemId, fileName, mimeType: 'image/jpeg', bytes });
  return { store, assessment, add };
}

describe('evidence.add keeps an assessment within what one bundle carries', () => {
  it('refuses, in Chinese, a file that would take the assessment past the budget; nothing is stored', async () => {
    const { store, assessment, add } = await smallBudget();
    add('车间1.jpg', file(60 * KB, 1));
    const before = store.assessments.get(assessment.id).revision;
    expect(() => add('车间2.jpg', file(41 * KB, 2))).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        message: expect.stringMatching(/添加「车间2\.jpg」后.*合计 0\.1 MB，超过一个评估包能携带的 0\.1 MB/),
      }),
    );
    expect(store.evidence.list(assessment.id).map((e) => e.fileName)).toEqual(['车间1.jpg']);
    expect(store.assessments.get(assessment.id).revision).toBe(before);
    // the refused file was not written either (checked before the blob store)
    expect(store.blobs.has(sha256Of(file(41 * KB, 2)), 41 * KB)).toBe(false);
  });

  it('accepts a file up to the budget exactly', async () => {
    const { store, assessment, add } = await smallBudget();
    add('车间1.jpg', file(60 * KB, 1));
    add('车间2.jpg', file(40 * KB, 2));
    expect(store.evidence.bundleBytes(assessment.id)).toBe(100 * KB);
  });

  it('counts a file already in the assessment once: attaching it to another question adds nothing', async () => {
    const { store, assessment, add } = await smallBudget();
    const photo = file(90 * KB, 3);
    add('总装线.jpg', photo, 'factory.network');
    add('总装线.jpg', photo, 'production.scheduling');
    expect(store.evidence.list(assessment.id)).toHaveLength(2);
    expect(store.evidence.bundleBytes(assessment.id)).toBe(90 * KB);
  });
});
