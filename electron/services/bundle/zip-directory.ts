/**
 * Reads a zip's central directory and local headers (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16) without
 * inflating anything, so every entry's place in the file is known before any byte is expanded:
 * what an unzip library hides and a hostile bundle exploits (entries sharing the same bytes).
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

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

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return fail('no end of central directory');
}

function localDataStart(view: DataView, headerStart: number): number {
  if (headerStart + 30 > view.byteLength || view.getUint32(headerStart, true) !== LOCAL)
    fail(`no local header at ${headerStart}`);
  return headerStart + 30 + view.getUint16(headerStart + 26, true) + view.getUint16(headerStart + 28, true);
}

/**
 * Every entry of the central directory, in directory order. Each entry is handed to `check`
 * as soon as it is read (names, counts and declared sizes are refused before the next entry).
 */
export function readZipDirectory(bytes: Uint8Array, check: (entry: ZipEntry) => void): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < EOCD_SIZE) fail('too short');
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || count === 0xffff || directoryStart === 0xffffffff)
    fail('multi-disk or zip64');
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) fail(`bad directory entry ${i}`);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > end) fail(`directory entry ${i} runs past the directory`);
    const headerStart = view.getUint32(at + 42, true);
    const compressedSize = view.getUint32(at + 20, true);
    const dataStart = localDataStart(view, headerStart);
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
