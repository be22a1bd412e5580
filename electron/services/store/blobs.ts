import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import path from 'node:path';

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file-system calls the blob store makes; tests pass a copy with a failing writeSync (a full disk). */
export type BlobFs = Pick<
  typeof nodeFs,
  | 'closeSync'
  | 'existsSync'
  | 'fsyncSync'
  | 'mkdirSync'
  | 'openSync'
  | 'readdirSync'
  | 'readFileSync'
  | 'renameSync'
  | 'rmSync'
  | 'statSync'
  | 'writeSync'
>;

const BLOB_NAME = /^[0-9a-f]{64}$/;
const PARTIAL_NAME = /\.partial$/;

/** A write that stored fewer bytes, or other bytes, than it was given: never acknowledged. */
function writeFailure(message: string): Error {
  // EIO so the store reports it as a failing medium (storage_error), in the consultant's language
  return Object.assign(new Error(message), { code: 'EIO' });
}

export interface SweepResult {
  readonly partials: number;
  readonly orphans: number;
}

/**
 * Evidence files stored once by content: <dataDir>/evidence/<first 2 hex>/<sha256>.
 * A file is acknowledged only once it is on disk whole: every write checked, then size and hash
 * read back. Unreferenced files are removed only by sweep(), at start-up, after a grace period.
 */
export class BlobStore {
  constructor(
    readonly dir: string,
    private readonly fs: BlobFs = nodeFs,
  ) {}

  pathOf(sha256: string): string {
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  has(sha256: string, size: number): boolean {
    const file = this.pathOf(sha256);
    return this.fs.existsSync(file) && this.fs.statSync(file).size === size;
  }

  /** Writes through a temporary file with fsync, so a crash never leaves a half file under a hash name. */
  put(bytes: Uint8Array, sha256: string = sha256Of(bytes)): { sha256: string; size: number } {
    if (!this.has(sha256, bytes.length)) {
      const file = this.pathOf(sha256);
      this.fs.mkdirSync(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.partial`;
      try {
        this.writeWhole(partial, bytes);
        this.verify(partial, bytes.length, sha256);
        this.fs.renameSync(partial, file);
      } finally {
        this.fs.rmSync(partial, { force: true });
      }
    }
    return { sha256, size: bytes.length };
  }

  /** writeSync may store fewer bytes than asked (a nearly full disk): carry on, or fail, never stop short. */
  private writeWhole(file: string, bytes: Uint8Array): void {
    const fd = this.fs.openSync(file, 'w');
    try {
      for (let offset = 0; offset < bytes.length;) {
        const written = this.fs.writeSync(fd, bytes, offset, bytes.length - offset);
        if (written <= 0) throw writeFailure(`no progress writing ${file} at byte ${offset}`);
        offset += written;
      }
      this.fs.fsyncSync(fd);
    } finally {
      this.fs.closeSync(fd);
    }
  }

  private verify(file: string, size: number, sha256: string): void {
    const stored = this.fs.statSync(file).size;
    if (stored !== size) throw writeFailure(`${file}: ${stored} of ${size} bytes on disk`);
    if (sha256Of(this.fs.readFileSync(file)) !== sha256) throw writeFailure(`${file}: content differs`);
  }

  read(sha256: string): Buffer {
    return this.fs.readFileSync(this.pathOf(sha256));
  }

  /**
   * Removes what no record needs: `.partial` files a crash left, and blobs no record names
   * (a failed evidence.add, a rejected import). Only files older than `graceMs` go, so nothing
   * another step may still be about to reference is touched. `referenced` null = unknown: keep
   * every blob, remove only `.partial` files.
   */
  sweep(referenced: ReadonlySet<string> | null, now: Date, graceMs: number): SweepResult {
    let partials = 0;
    let orphans = 0;
    if (!this.fs.existsSync(this.dir)) return { partials, orphans };
    for (const shard of this.fs.readdirSync(this.dir)) {
      const shardDir = path.join(this.dir, shard);
      if (!this.fs.statSync(shardDir).isDirectory()) continue;
      for (const name of this.fs.readdirSync(shardDir)) {
        const file = path.join(shardDir, name);
        const partial = PARTIAL_NAME.test(name);
        if (!partial && (!referenced || !BLOB_NAME.test(name) || referenced.has(name))) continue;
        if (now.getTime() - this.fs.statSync(file).mtimeMs < graceMs) continue;
        this.fs.rmSync(file, { force: true });
        if (partial) partials++;
        else orphans++;
      }
    }
    return { partials, orphans };
  }
}
