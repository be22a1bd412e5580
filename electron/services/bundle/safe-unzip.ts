import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import { AppError } from '@contract/errors';
import { ENTRY, EVIDENCE_DIR, EVIDENCE_ENTRY, type BundleLimits } from './format';
import { rejectImport } from './reject';
import { findOverlap, readZipDirectory, ZipStructureError, type ZipEntry } from './zip-directory';
import { readRange, type ZipSource } from './zip-source';

const KNOWN_JSON = new Set<string>(Object.values(ENTRY));
const MB = 1024 * 1024;
const ENCRYPTED = 0x1;
/** A legitimate directory record is under 200 bytes (fixed part, a 73-character name, an extra field). */
const DIRECTORY_BYTES_PER_ENTRY = 1024;
/**
 * Compressed bytes handed to the inflater at once. Deflate expands at most about 1032:1, so one
 * piece can never yield more than about 16 MB before the size check sees it.
 */
const INFLATE_PIECE = 16 * 1024;
const size = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${bytes} 字节`);
const limitOf = (name: string, limits: BundleLimits) =>
  KNOWN_JSON.has(name) ? limits.jsonBytes : limits.evidenceBytes;

/** Refuses any name that could reach outside the archive or that the format does not define. */
function checkName(name: string): void {
  if (name.includes('\\') || name.includes('\0')) {
    rejectImport('unsafe-path', `文件中含有不安全的条目名「${name}」（反斜杠或空字符）`, { entry: name });
  }
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    rejectImport('absolute-path', `文件中含有绝对路径条目「${name}」`, { entry: name });
  }
  if (name.split('/').some((part) => part === '..' || part === '.')) {
    rejectImport('path-traversal', `文件中含有试图跳出目录的条目「${name}」`, { entry: name });
  }
  if (!KNOWN_JSON.has(name) && !EVIDENCE_ENTRY.test(name) && name !== EVIDENCE_DIR) {
    rejectImport('unknown-entry', `文件中含有不认识的条目「${name}」`, { entry: name });
  }
}

/** The checks one directory entry gets before anything is inflated. */
function entryChecker(limits: BundleLimits): (entry: ZipEntry) => void {
  const seen = new Set<string>();
  let total = 0;
  return ({ name, method, flags, declaredSize }) => {
    if (seen.size + 1 > limits.entries) {
      rejectImport('too-many-entries', `文件中的条目太多（上限 ${limits.entries} 个）`, {
        limit: limits.entries,
      });
    }
    checkName(name);
    if (seen.has(name)) rejectImport('duplicate-entry', `文件中有重复的条目「${name}」`, { entry: name });
    seen.add(name);
    if ((method !== 0 && method !== 8) || flags & ENCRYPTED) {
      const how = flags & ENCRYPTED ? '加密' : String(method);
      rejectImport('unsupported-compression', `条目「${name}」使用了不支持的压缩方式（${how}）`, {
        entry: name,
      });
    }
    const limit = limitOf(name, limits);
    if (declaredSize > limit) {
      rejectImport(
        'entry-too-large',
        `条目「${name}」解压后 ${size(declaredSize)}，超过上限 ${size(limit)}`,
        {
          entry: name,
          limit,
        },
      );
    }
    total += declaredSize;
    if (total > limits.totalBytes) {
      rejectImport('total-too-large', `文件解压后总大小超过上限 ${size(limits.totalBytes)}（疑似压缩炸弹）`, {
        limit: limits.totalBytes,
      });
    }
  };
}

function sizeMismatch(name: string): never {
  return rejectImport(
    'entry-size-mismatch',
    `条目「${name}」解压后的大小与目录中记录的不符（文件被改动或损坏）`,
    {
      entry: name,
    },
  );
}

function corrupt(entry: ZipEntry, error: unknown): never {
  return rejectImport('not-a-zip', `文件已损坏：条目「${entry.name}」无法解压`, {
    entry: entry.name,
    cause: error instanceof Error ? error.message : String(error),
  });
}

function readDirectory(source: ZipSource, limits: BundleLimits): ZipEntry[] {
  try {
    return readZipDirectory(source, limits.entries * DIRECTORY_BYTES_PER_ENTRY, entryChecker(limits));
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (!(error instanceof ZipStructureError)) throw error;
    return rejectImport('not-a-zip', '文件已损坏或不是智造自诊评估包（.sfdx）：无法作为压缩包读取', {
      cause: error.message,
    });
  }
}

/** An opened bundle: its checked directory, and each entry readable on its own with bounded memory. */
export interface BundleZip {
  /** every entry but the optional evidence/ folder record, by name */
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** a small entry (JSON) expanded whole, to exactly its declared size */
  readWhole(entry: ZipEntry): Uint8Array;
  /** an entry (evidence) expanded piece by piece into `sink`, to exactly its declared size */
  pipe(entry: ZipEntry, sink: (chunk: Uint8Array) => void): void;
}

/**
 * Expands one entry to exactly its declared size, which the checker has already bounded: zlib
 * stops at that size (maxOutputLength), so a directory that lies about a deflated entry costs no
 * more memory than the limit.
 */
function readWhole(source: ZipSource, entry: ZipEntry): Uint8Array {
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.declaredSize) sizeMismatch(entry.name);
    return source.read(entry.dataStart, entry.compressedSize);
  }
  // deflate never makes data much larger: more compressed bytes than this is a lie about the size
  if (entry.compressedSize > entry.declaredSize + entry.declaredSize / 100 + 1024) sizeMismatch(entry.name);
  let out: Buffer;
  try {
    const data = source.read(entry.dataStart, entry.compressedSize);
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.declaredSize) });
  } catch (error) {
    if (error instanceof RangeError) sizeMismatch(entry.name);
    return corrupt(entry, error);
  }
  if (out.length !== entry.declaredSize) sizeMismatch(entry.name);
  return out;
}

/** Inflates a deflated entry in small pieces, refusing it as soon as it passes its declared size. */
function pipeDeflated(source: ZipSource, entry: ZipEntry, sink: (chunk: Uint8Array) => void): void {
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.declaredSize) sizeMismatch(entry.name);
    if (chunk.length > 0) sink(chunk);
  });
  try {
    readRange(source, entry.dataStart, entry.dataEnd, (chunk, last) => {
      for (let at = 0; at < chunk.length || (last && at === 0); at += INFLATE_PIECE) {
        const piece = chunk.subarray(at, at + INFLATE_PIECE);
        inflater.push(piece, last && at + INFLATE_PIECE >= chunk.length);
      }
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    corrupt(entry, error);
  }
  if (produced !== entry.declaredSize) sizeMismatch(entry.name);
}

function pipe(source: ZipSource, entry: ZipEntry, sink: (chunk: Uint8Array) => void): void {
  if (entry.method === 8) return pipeDeflated(source, entry, sink);
  if (entry.compressedSize !== entry.declaredSize) sizeMismatch(entry.name);
  try {
    readRange(source, entry.dataStart, entry.dataEnd, (chunk) => chunk.length > 0 && sink(chunk));
  } catch (error) {
    if (error instanceof AppError) throw error;
    corrupt(entry, error);
  }
}

/**
 * Opens a bundle with every check made from the central directory BEFORE anything is
 * inflated: entry count, names, duplicates, compression method, declared sizes against
 * per-entry and total limits, and that no two entries share bytes (overlapping entries let a
 * small file claim gigabytes). Reading an entry then enforces its declared size: an entry that
 * would expand past it is refused as soon as the inflater reaches that size.
 */
export function openBundleZip(source: ZipSource, limits: BundleLimits): BundleZip {
  const directory = readDirectory(source, limits);
  const overlap = findOverlap(directory);
  if (overlap) {
    const [a, b] = overlap;
    rejectImport(
      'overlapping-entries',
      `文件中的条目「${a.name}」与「${b.name}」共用同一段数据（文件被构造过，已拒绝）`,
      {
        entries: [a.name, b.name],
      },
    );
  }
  const entries = new Map(directory.filter((e) => e.name !== EVIDENCE_DIR).map((e) => [e.name, e]));
  return {
    entries,
    readWhole: (entry) => readWhole(source, entry),
    pipe: (entry, sink) => pipe(source, entry, sink),
  };
}
