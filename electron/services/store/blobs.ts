import { createHash, randomUUID } from 'node:crypto';
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
  | 'readSync'
  | 'renameSync'
  | 'rmSync'
  | 'rmdirSync'
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

/** Bytes handed to a staged blob that are not what was announced: the source lied or is damaged. */
export class BlobContentError extends Error {
  constructor(
    readonly kind: 'size' | 'hash',
    message: string,
  ) {
    super(message);
  }
}

/** A file written and verified beside its final name; nothing names it until commit(). */
export interface StagedBlob {
  commit(): void;
  discard(): void;
}

const VERIFY_CHUNK = 1024 * 1024;

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
    this.writeWith(file, (writeAll) => writeAll(bytes));
  }

  /**
   * Writes a file that arrives in pieces (an evidence entry of an imported bundle) without
   * holding it whole: `fill` hands each piece to `write`. The content must be `size` bytes
   * hashing to `sha256` (else BlobContentError); it is then on disk, verified, under a temporary
   * name, and appears under its hash only on commit(). A file already stored is not written
   * again, but the pieces are still checked.
   */
  stage(sha256: string, size: number, fill: (write: (chunk: Uint8Array) => void) => void): StagedBlob {
    const hash = createHash('sha256');
    let received = 0;
    const check = (chunk: Uint8Array) => {
      received += chunk.length;
      if (received > size) throw new BlobContentError('size', `more than ${size} bytes for ${sha256}`);
      hash.update(chunk);
    };
    const checkEnd = () => {
      if (received !== size) throw new BlobContentError('size', `${received} of ${size} bytes for ${sha256}`);
      if (hash.digest('hex') !== sha256) throw new BlobContentError('hash', `content differs from ${sha256}`);
    };
    if (this.has(sha256, size)) {
      fill(check);
      checkEnd();
      return { commit: () => undefined, discard: () => undefined };
    }
    const file = this.pathOf(sha256);
    this.fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.${randomUUID()}.partial`;
    const discard = () => {
      this.fs.rmSync(partial, { force: true });
      // a refused import leaves no trace, not even an empty shard folder
      try {
        this.fs.rmdirSync(path.dirname(file));
      } catch {
        // not empty: other files live there
      }
    };
    try {
      this.writeWith(partial, (writeAll) =>
        fill((chunk) => {
          check(chunk);
          writeAll(chunk);
        }),
      );
      checkEnd();
      this.verify(partial, size, sha256);
    } catch (error) {
      discard();
      throw error;
    }
    return {
      commit: () => {
        this.fs.renameSync(partial, file);
      },
      discard,
    };
  }

  /** Opens `file`, lets `fill` write every piece whole (short writes continued), then fsyncs. */
  private writeWith(file: string, fill: (writeAll: (bytes: Uint8Array) => void) => void): void {
    const fd = this.fs.openSync(file, 'w');
    try {
      fill((bytes) => {
        for (let offset = 0; offset < bytes.length;) {
          const written = this.fs.writeSync(fd, bytes, offset, bytes.length - offset);
          if (written <= 0) throw writeFailure(`no progress writing ${file} at byte ${offset}`);
          offset += written;
        }
      });
      this.fs.fsyncSync(fd);
    } finally {
      this.fs.closeSync(fd);
    }
  }

  /** Size and hash read back from disk, a piece at a time (files may be hundreds of MB in all). */
  private verify(file: string, size: number, sha256: string): void {
    const stored = this.fs.statSync(file).size;
    if (stored !== size) throw writeFailure(`${file}: ${stored} of ${size} bytes on disk`);
    const hash = createHash('sha256');
    const fd = this.fs.openSync(file, 'r');
    try {
      const buffer = Buffer.allocUnsafe(Math.min(VERIFY_CHUNK, Math.max(1, size)));
      for (let at = 0; at < size;) {
        const n = this.fs.readSync(fd, buffer, 0, buffer.length, at);
        if (n <= 0) throw writeFailure(`${file}: unreadable at byte ${at}`);
        hash.update(buffer.subarray(0, n));
        at += n;
      }
    } finally {
      this.fs.closeSync(fd);
    }
    if (hash.digest('hex') !== sha256) throw writeFailure(`${file}: content differs`);
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
