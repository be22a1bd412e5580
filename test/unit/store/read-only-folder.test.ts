import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../../electron/services/bundle';
import { openStore } from '../../../electron/services/store';
import { seedAssessment } from './support';

/** Mounts a small tmpfs; undefined where mounting is not allowed (not root, not Linux). */
function mountTmpfs(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sfd-ro-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir]).status === 0) return dir;
  rmSync(dir, { recursive: true, force: true });
  return undefined;
}

const medium = mountTmpfs();
const remount = (mode: 'ro' | 'rw') => spawnSync('mount', ['-o', `remount,${mode}`, medium!]).status;

describe.skipIf(!medium)(
  'a data folder on a write-protected medium (tmpfs remounted read-only; needs mount)',
  () => {
    afterAll(() => {
      spawnSync('umount', ['-l', medium!]);
      rmSync(medium!, { recursive: true, force: true });
    });

    it('opens read-only with a notice: answers and evidence can be viewed and exported, edits are refused', async () => {
      const dataDir = path.join(medium!, '智造自诊');
      const writable = await openStore({ dataDir, backupCheckMs: 0 });
      const { assessment } = seedAssessment(writable);
      writable.answers.save(assessment.id, 'factory.network', {
        value: { kind: 'level', level: 3 },
        note: '现场',
        flagged: false,
      });
      writable.evidence.add({
        assessmentId: assessment.id,
        itemId: null,
        fileName: '照片.jpg',
        mimeType: 'image/jpeg',
        bytes: Buffer.from('jpeg'),
      });
      writable.close();
      mkdirSync(path.join(medium!, 'empty'));
      expect(remount('ro')).toBe(0);
      try {
        const store = await openStore({ dataDir, backupCheckMs: 0 });
        try {
          expect(store.readOnly).toMatch(/只读.*可以查看评估、导出评估包和报告，但不能修改/);
          expect(store.recovery).toBeNull();
          expect(store.answers.list(assessment.id)).toMatchObject([
            { itemId: 'factory.network', note: '现场' },
          ]);
          const [file] = store.evidence.list(assessment.id);
          expect(store.evidence.read(file!.id).bytes.toString()).toBe('jpeg');
          expect(
            exportBundle(store, assessment.id, { appName: '智造自诊', appVersion: 'test' }).bytes.length,
          ).toBeGreaterThan(0);
          // a report can still be produced: its export is just not logged in the read-only database
          const report = {
            assessmentId: assessment.id,
            kind: 'diagnosis-pdf',
            fileName: 'r.pdf',
            savedTo: null,
            sha256: 'a'.repeat(64),
            size: 1,
          };
          expect(store.reports.add(report)).toMatchObject({ fileName: 'r.pdf' });
          expect(() =>
            store.answers.save(assessment.id, 'factory.network', {
              value: { kind: 'level', level: 4 },
              note: '',
              flagged: false,
            }),
          ).toThrow(
            expect.objectContaining({
              code: 'storage_error',
              details: expect.objectContaining({ reason: 'read-only' }),
            }),
          );
        } finally {
          store.close();
        }

        // a read-only folder with nothing in it: refused, and the message does not speak of unsaved changes
        const refused = openStore({ dataDir: path.join(medium!, 'empty'), backupCheckMs: 0 });
        await expect(refused).rejects.toMatchObject({
          code: 'storage_error',
          message: expect.stringMatching(/只读/),
        });
        await expect(refused).rejects.toMatchObject({
          message: expect.not.stringMatching(/刚才的修改没有保存/),
        });
      } finally {
        remount('rw');
      }
    });
  },
);
