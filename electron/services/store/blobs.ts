import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Evidence files stored once by content: <dataDir>/evidence/<first 2 hex>/<sha256>.
 * Files are never deleted here: a restored backup or a superseded revision may still name them.
 */
export class BlobStore {
  constructor(readonly dir: string) {}

  pathOf(sha256: string): string {
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  has(sha256: string, size: number): boolean {
    const file = this.pathOf(sha256);
    return existsSync(file) && statSync(file).size === size;
  }

  /** Writes through a temporary file with fsync, so a crash never leaves a half file under a hash name. */
  put(bytes: Uint8Array, sha256: string = sha256Of(bytes)): { sha256: string; size: number } {
    if (!this.has(sha256, bytes.length)) {
      const file = this.pathOf(sha256);
      mkdirSync(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.partial`;
      const fd = openSync(partial, 'w');
      try {
        writeSync(fd, bytes);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(partial, file);
    }
    return { sha256, size: bytes.length };
  }

  read(sha256: string): Buffer {
    return readFileSync(this.pathOf(sha256));
  }
}
