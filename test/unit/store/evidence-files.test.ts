import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/services/store';
import { BlobStore, sha256Of, type BlobFs } from '../../../electron/services/store/blobs';
import { manualClock, seedAssessment, tempDir } from './support';

const BYTES = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 31) % 251));

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

/** node:fs whose writeSync stores at most `cap` bytes per call, as write(2) may on a nearly full disk. */
function shortWritingFs(cap: number): BlobFs {
  return {
    ...fs,
    writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) =>
      fs.writeSync(fd, buffer, offset, Math.min(length, cap))) as BlobFs['writeSync'],
  };
}

describe('evidence files are acknowledged only when whole', () => {
  it('keeps writing after a short write: the stored file is whole, size and hash verified', () => {
    const blobs = new BlobStore(tempDir(), shortWritingFs(1000));
    const { sha256, size } = blobs.put(BYTES);
    expect(size).toBe(BYTES.length);
    expect(sha256Of(blobs.read(sha256))).toBe(sha256Of(BYTES));
  });

  it('a write that makes no progress fails: nothing under the hash name, no .partial left', () => {
    const dir = tempDir();
    const blobs = new BlobStore(dir, { ...fs, writeSync: (() => 0) as BlobFs['writeSync'] });
    expect(() => blobs.put(BYTES)).toThrow(expect.objectContaining({ code: 'EIO' }));
    expect(filesUnder(dir)).toEqual([]);
  });

  it('evidence.add through a short-writing disk is refused as a storage error, never half-stored', async () => {
    const store = await openStore({
      dataDir: tempDir(),
      backupCheckMs: 0,
      blobFs: { ...fs, writeSync: ((fd: number) => (fd > 0 ? 0 : 0)) as BlobFs['writeSync'] },
    });
    try {
      const { assessment } = seedAssessment(store);
      expect(() =>
        store.evidence.add({
          assessmentId: assessment.id,
          itemId: null,
          fileName: '照片.jpg',
          mimeType: 'image/jpeg',
          bytes: BYTES,
        }),
      ).toThrow(expect.objectContaining({ code: 'storage_error' }));
      expect(store.evidence.list(assessment.id)).toEqual([]);
      expect(filesUnder(store.blobs.dir)).toEqual([]);
    } finally {
      store.close();
    }
  });
});

describe('leftover evidence files are removed at start-up after a grace period', () => {
  it('removes .partial files and unreferenced blobs older than a day; keeps what records or backups name', async () => {
    const clock = manualClock('2030-01-01T00:00:00.000Z');
    const dataDir = tempDir();
    const store = await openStore({ dataDir, backupCheckMs: 0, now: clock.now });
    const { assessment } = seedAssessment(store);
    const add = (bytes: Buffer) =>
      store.evidence.add({
        assessmentId: assessment.id,
        itemId: null,
        fileName: 'a.bin',
        mimeType: 'application/octet-stream',
        bytes,
      });
    const live = add(Buffer.from('live evidence'));
    const onlyInBackup = add(Buffer.from('named by the backup only'));
    await store.backupNow();
    store.evidence.remove(onlyInBackup.id);
    const orphan = store.blobs.put(Buffer.from('left by a rejected import')).sha256;
    const partial = `${store.blobs.pathOf(orphan)}.4242.partial`;
    fs.writeFileSync(partial, 'half a fi');
    store.close();

    const early = await openStore({
      dataDir,
      backupCheckMs: 0,
      now: () => new Date(Date.now() + 60 * 60 * 1000),
    });
    early.close();
    expect(fs.existsSync(partial)).toBe(true);
    expect(fs.existsSync(early.blobs.pathOf(orphan))).toBe(true);

    const later = await openStore({
      dataDir,
      backupCheckMs: 0,
      now: () => new Date(Date.now() + 25 * 60 * 60 * 1000),
    });
    try {
      expect(fs.existsSync(partial)).toBe(false);
      expect(fs.existsSync(later.blobs.pathOf(orphan))).toBe(false);
      expect(later.blobs.read(live.sha256).toString()).toBe('live evidence');
      expect(later.blobs.read(onlyInBackup.sha256).toString()).toBe('named by the backup only');
    } finally {
      later.close();
    }
  });
});

/** Mounts a small tmpfs; undefined where mounting is not allowed (not root, not Linux). */
function mountTmpfs(size: string): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfd-blobfs-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  return undefined;
}

const disk = mountTmpfs('2m');

describe.skipIf(!disk)('a genuinely nearly full disk (2 MB tmpfs; needs mount)', () => {
  afterAll(() => {
    spawnSync('umount', ['-l', disk!]);
    fs.rmSync(disk!, { recursive: true, force: true });
  });

  it('an evidence file larger than the space left is refused, and nothing truncated is stored', async () => {
    const dataDir = path.join(disk!, 'data');
    const store = await openStore({ dataDir, backupCheckMs: 0 });
    try {
      const { assessment } = seedAssessment(store);
      const filler = path.join(disk!, 'filler.bin');
      const free = () => fs.statfsSync(disk!).bavail * fs.statfsSync(disk!).bsize;
      fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free() - 96 * 1024)));
      const big = Buffer.alloc(512 * 1024, 7);
      expect(() =>
        store.evidence.add({
          assessmentId: assessment.id,
          itemId: null,
          fileName: '大.bin',
          mimeType: 'application/octet-stream',
          bytes: big,
        }),
      ).toThrow(
        expect.objectContaining({
          code: 'storage_error',
          details: expect.objectContaining({ reason: 'disk-full' }),
        }),
      );
      expect(store.evidence.list(assessment.id)).toEqual([]);
      expect(filesUnder(store.blobs.dir)).toEqual([]);
      fs.rmSync(filler);
      expect(
        store.evidence.add({
          assessmentId: assessment.id,
          itemId: null,
          fileName: '大.bin',
          mimeType: 'application/octet-stream',
          bytes: big,
        }).size,
      ).toBe(big.length);
    } finally {
      store.close();
    }
  });
});
