import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import path from 'node:path';
import { MAX_BUNDLE_BYTES } from '../../../electron/api/bundle-limits';
import {
  DEFAULT_LIMITS,
  bundleLimitsFor,
  exportBundle,
  exportBundleFile,
  importBundle,
  importBundleFile,
  type BundleLimits,
} from '../../../electron/services/bundle';
import { openTestStore, seedAssessment, tempDir } from '../store/support';
import { anyModel, APP } from './support';

const MB = 1024 * 1024;

/** An assessment carrying `files` incompressible evidence files (photos) of `bytes` each. */
async function assessmentWithPhotos(files: number, bytes: number, evidenceBudgetBytes?: number) {
  const store = await openTestStore(evidenceBudgetBytes ? { evidenceBudgetBytes } : {});
  const { assessment } = seedAssessment(store);
  for (let i = 0; i < files; i++) {
    store.evidence.add({
      assessmentId: assessment.id,
      itemId: null,
      fileName: `现场照片-${i + 1}.jpg`,
      mimeType: 'image/jpeg',
      bytes: randomBytes(bytes),
    });
  }
  return { store, assessmentId: assessment.id };
}

describe('bundle limits: what export writes, import reads', () => {
  // the case, scaled down 10x so the test stays quick: two 2.86 MB photos, a 5.6 MB limit
  const limits: BundleLimits = { ...DEFAULT_LIMITS, fileBytes: 5.6 * MB };

  it('a bundle exported just under the limit imports into an empty data folder', async () => {
    const { store, assessmentId } = await assessmentWithPhotos(2, 2.7 * MB);
    const { bytes } = exportBundle(store, assessmentId, { ...APP, limits });
    expect(bytes.length).toBeLessThanOrEqual(limits.fileBytes);
    const empty = await openTestStore();
    const result = importBundle(empty, bytes, { ...anyModel, limits });
    expect(result.outcome).toBe('created');
    expect(empty.evidence.list(assessmentId)).toHaveLength(2);
    store.close();
    empty.close();
  });

  it('refuses to write a bundle the importer would refuse, saying what to do', async () => {
    const { store, assessmentId } = await assessmentWithPhotos(2, 2.86 * MB);
    expect(() => exportBundle(store, assessmentId, { ...APP, limits })).toThrow(
      /超过评估包上限 5\.6 MB，导入时会被拒绝。请删除或压缩部分佐证材料后再导出/,
    );
    store.close();
  });

  it('is one definition: the importer takes what the evidence budget lets an assessment hold', () => {
    expect(DEFAULT_LIMITS.fileBytes).toBe(MAX_BUNDLE_BYTES);
    expect(DEFAULT_LIMITS.fileBytes).toBe(564 * MB);
    expect(DEFAULT_LIMITS.totalBytes).toBe(692 * MB);
  });

  it('an assessment at its evidence budget, exported to a file, imports from that file into an empty data folder', async () => {
    // the real rule scaled down: a 6 MB budget holds three 2 MB photos and not one byte more
    const budget = 6 * MB;
    const { store, assessmentId } = await assessmentWithPhotos(3, 2 * MB, budget);
    expect(() =>
      store.evidence.add({
        assessmentId,
        itemId: null,
        fileName: '多一张.jpg',
        mimeType: 'image/jpeg',
        bytes: randomBytes(1),
      }),
    ).toThrow(/超过一个评估包能携带的 6\.0 MB/);
    const file = path.join(tempDir(), 'at-the-limit.sfdx');
    const limits = bundleLimitsFor(budget);
    const written = exportBundleFile(store, assessmentId, file, { ...APP, limits });
    expect(statSync(file).size).toBe(written.size);
    expect(written.size).toBeGreaterThan(budget);
    const empty = await openTestStore();
    const result = importBundleFile(empty, file, { ...anyModel, limits });
    expect(result.outcome).toBe('created');
    expect(empty.evidence.list(assessmentId).map((e) => e.size)).toEqual([2 * MB, 2 * MB, 2 * MB]);
    store.close();
    empty.close();
  });
});
