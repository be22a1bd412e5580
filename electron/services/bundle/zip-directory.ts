/**
 * Reads a zip's central directory and local headers (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16) without
 * inflating anything, so every entry's place in the file is known before any byte is expanded:
 * what an unzip library hides and a hostile bundle exploits (entries sharing the same bytes).
 */
import type { ZipSource } from './zip-source';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const LOCAL_HEADER_SIZE = 30;

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused by the caller */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** what the directory claims; the caller enforces it while inflating */
  readonly declaredSize: number;
  /** where the entry's local header starts, and where its data starts and ends */
  readonly headerStart: number;
  readonly dataStart: number;
  readonly dataEnd: number;
}

/** Thrown for any structure that is not a single-disk, non-zip64 zip file. */
export class ZipStructureError extends Error {}

const fail = (why: string): never => {
  throw new ZipStructureError(why);
};

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The end-of-directory record, searched in the file's last 64 KB (where a comment may push it). */
function findEndOfDirectory(source: ZipSource): { view: DataView; at: number; end: number } {
  const tailStart = Math.max(0, source.size - EOCD_SIZE - MAX_COMMENT);
  const view = viewOf(source.read(tailStart, source.size - tailStart));
  for (let at = view.byteLength - EOCD_SIZE; at >= 0; at--) {
    if (view.getUint32(at, true) === EOCD) return { view, at, end: tailStart + at };
  }
  return fail('no end of central directory');
}

function localDataStart(source: ZipSource, headerStart: number): number {
  const header = source.read(headerStart, LOCAL_HEADER_SIZE);
  const view = viewOf(header);
  if (header.length < LOCAL_HEADER_SIZE || view.getUint32(0, true) !== LOCAL)
    fail(`no local header at ${headerStart}`);
  return headerStart + LOCAL_HEADER_SIZE + view.getUint16(26, true) + view.getUint16(28, true);
}

/**
 * Every entry of the central directory, in directory order. Each entry is handed to `check`
 * as soon as it is read (names, counts and declared sizes are refused before the next entry).
 */
export function readZipDirectory(
  source: ZipSource,
  maxDirectoryBytes: number,
  check: (entry: ZipEntry) => void,
): ZipEntry[] {
  if (source.size < EOCD_SIZE) fail('too short');
  const { view: tail, at: eocd, end: directoryEnd } = findEndOfDirectory(source);
  const count = tail.getUint16(eocd + 10, true);
  const directoryStart = tail.getUint32(eocd + 16, true);
  if (tail.getUint16(eocd + 4, true) !== 0 || count === 0xffff || directoryStart === 0xffffffff)
    fail('multi-disk or zip64');
  if (directoryStart > directoryEnd) fail('directory starts after its end');
  // the directory is read whole, so its size is bounded first (by the entry limit, not the file)
  if (directoryEnd - directoryStart > maxDirectoryBytes) fail('central directory too large');
  const bytes = source.read(directoryStart, directoryEnd - directoryStart);
  const view = viewOf(bytes);
  const end = bytes.length;
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) fail(`bad directory entry ${i}`);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > end) fail(`directory entry ${i} runs past the directory`);
    const headerStart = view.getUint32(at + 42, true);
    const compressedSize = view.getUint32(at + 20, true);
    const dataStart = localDataStart(source, headerStart);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      flags: view.getUint16(at + 8, true),
      compressedSize,
      declaredSize: view.getUint32(at + 24, true),
      headerStart,
      dataStart,
      dataEnd: dataStart + compressedSize,
    };
    if (entry.dataEnd > directoryStart) fail(`entry ${i} runs into the directory`);
    check(entry);
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** The first pair of entries whose bytes (local header to end of data) share any byte. */
export function findOverlap(entries: readonly ZipEntry[]): [ZipEntry, ZipEntry] | undefined {
  const sorted = [...entries].sort((a, b) => a.headerStart - b.headerStart);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const entry = sorted[i]!;
    if (entry.headerStart < before.dataEnd) return [before, entry];
  }
  return undefined;
}
