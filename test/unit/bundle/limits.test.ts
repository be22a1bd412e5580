import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  exportBundle,
  importBundle,
  type BundleLimits,
} from '../../../electron/services/bundle';
import { openTestStore, seedAssessment } from '../store/support';
import { anyModel, APP } from './support';

const MB = 1024 * 1024;

/** An assessment carrying `files` incompressible evidence files (photos) of `bytes` each. */
async function assessmentWithPhotos(files: number, bytes: number) {
  const store = await openTestStore();
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
});
