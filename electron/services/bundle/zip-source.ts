import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Random access to a bundle's bytes, from memory (a base64 upload, tests) or from a file read a
 * piece at a time (a chosen or uploaded .sfdx): the importer never needs the whole file at once.
 */
export interface ZipSource {
  readonly size: number;
  /**
   * Exactly `length` bytes from `offset` (fewer only past the end). With `into`, a file source
   * reads into that buffer (reused piece after piece: freed memory is not given back at once).
   */
  read(offset: number, length: number, into?: Buffer): Uint8Array;
  close(): void;
}

export function memorySource(bytes: Uint8Array): ZipSource {
  return {
    size: bytes.length,
    read: (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
    close: () => undefined,
  };
}

export function fileSource(file: string): ZipSource {
  const fd = openSync(file, 'r');
  const size = fstatSync(fd).size;
  return {
    size,
    read(offset, length, into) {
      const wanted = Math.max(0, Math.min(length, size - offset));
      const out = into && into.length >= wanted ? into.subarray(0, wanted) : Buffer.allocUnsafe(wanted);
      let got = 0;
      while (got < out.length) {
        const n = readSync(fd, out, got, out.length - got, offset + got);
        if (n === 0) break;
        got += n;
      }
      return out.subarray(0, got);
    },
    close: () => closeSync(fd),
  };
}

/** Piece size for reading an entry: big enough to be fast, small enough to keep memory flat. */
export const READ_CHUNK = 1024 * 1024;

/**
 * Calls `each` with successive pieces of [start, end), never more than READ_CHUNK at once. A
 * piece is valid only during its call.
 */
export function readRange(
  source: ZipSource,
  start: number,
  end: number,
  each: (chunk: Uint8Array, last: boolean) => void,
): void {
  if (start === end) each(new Uint8Array(0), true);
  // each piece is used (written, hashed) before the next is read into the same buffer
  const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, end - start));
  for (let at = start; at < end; at += READ_CHUNK) {
    const want = Math.min(READ_CHUNK, end - at);
    const chunk = source.read(at, want, buffer);
    if (chunk.length !== want) throw new RangeError(`bundle ends before byte ${at + want}`);
    each(chunk, at + want >= end);
  }
}
