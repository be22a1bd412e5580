import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { AppError } from '@contract/errors';
import { chinaDayStamp } from '@engine/china-day';
import type { Store } from '../store';
import {
  BUNDLE_EXTENSION,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  ENTRY,
  EVIDENCE_DIR,
  DEFAULT_LIMITS,
  type BundleEnterprise,
  type BundleLimits,
  type Manifest,
} from './format';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));

/** A file name that is safe on Windows and still tells the consultant what is inside. */
export function bundleFileName(enterpriseName: string, exportedAt: Date, assessmentId: string): string {
  const printable = [...enterpriseName].map((c) => (c.charCodeAt(0) < 0x20 ? ' ' : c)).join('');
  const safeName = printable.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'assessment';
  const day = chinaDayStamp(exportedAt);
  return `${safeName}-${day}-${assessmentId.slice(0, 8)}${BUNDLE_EXTENSION}`;
}

export interface ExportOptions {
  readonly appName: string;
  readonly appVersion: string;
  readonly now?: () => Date;
  /** what the importer accepts; a bundle beyond it is never written */
  readonly limits?: BundleLimits;
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
const READ_CHUNK = 1024 * 1024;

function tooLarge(size: number, inflated: number, limits: BundleLimits): never {
  throw new AppError(
    'conflict',
    `评估包将有 ${mb(size)} MB（解压后 ${mb(inflated)} MB），超过评估包上限 ${mb(limits.fileBytes)} MB，导入时会被拒绝。请删除或压缩部分佐证材料后再导出`,
    { size, inflated, limit: limits.fileBytes, totalLimit: limits.totalBytes },
  );
}

interface BundleContent {
  readonly fileName: string;
  readonly exportedAt: Date;
  readonly json: Record<string, Uint8Array>;
  /** distinct evidence files: sha256 and size */
  readonly evidence: readonly { sha256: string; size: number }[];
}

function gather(store: Store, assessmentId: string, options: ExportOptions): BundleContent {
  const exportedAt = options.now?.() ?? new Date();
  const { doc, enterprise } = store.transaction(() => {
    const doc = store.documents.read(assessmentId);
    const { sizeClass: _derived, ...enterprise } = store.enterprises.get(doc.enterpriseId);
    return { doc, enterprise: enterprise satisfies BundleEnterprise };
  });
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appName: options.appName,
    appVersion: options.appVersion,
    exportedAt: exportedAt.toISOString(),
  };
  const evidence = [...new Map(doc.evidence.map((e) => [e.sha256, e.size])).entries()].map(
    ([sha256, size]) => ({ sha256, size }),
  );
  return {
    fileName: bundleFileName(enterprise.profile.name, exportedAt, doc.id),
    exportedAt,
    json: {
      [ENTRY.manifest]: json(manifest),
      [ENTRY.enterprise]: json(enterprise),
      [ENTRY.assessment]: json(doc),
    },
    evidence,
  };
}

/**
 * Writes the zip through `sink` one entry at a time: the JSON entries deflated, each evidence
 * file stored as is (photos and PDFs are compressed already) and read from the blob store a
 * piece at a time, so memory stays flat whatever the evidence weighs.
 */
function writeZip(store: Store, content: BundleContent, sink: (chunk: Uint8Array) => void): void {
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else sink(chunk);
  });
  const mtime = content.exportedAt;
  for (const [name, data] of Object.entries(content.json)) {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(data, true);
  }
  for (const { sha256 } of content.evidence) {
    const entry = new ZipPassThrough(`${EVIDENCE_DIR}${sha256}`);
    entry.mtime = mtime;
    zip.add(entry);
    const fd = openSync(store.blobs.pathOf(sha256), 'r');
    try {
      const buffer = Buffer.allocUnsafe(READ_CHUNK);
      for (;;) {
        const n = readSync(fd, buffer, 0, READ_CHUNK, null);
        // the zip keeps no reference to a pushed piece once it is written out: the buffer is reused
        entry.push(buffer.subarray(0, n), n === 0);
        if (n === 0) break;
      }
    } finally {
      closeSync(fd);
    }
  }
  zip.end();
  if (failure) throw failure;
}

/** Refuses up front what the importer would refuse: too much inside, or too many entries. */
function assertWithinLimits(content: BundleContent, limits: BundleLimits): void {
  const jsonBytes = Object.values(content.json).reduce((sum, data) => sum + data.length, 0);
  const inflated = jsonBytes + content.evidence.reduce((sum, e) => sum + e.size, 0);
  // evidence is stored: the file is at least as large as the evidence
  if (inflated - jsonBytes > limits.fileBytes || inflated > limits.totalBytes) {
    tooLarge(inflated - jsonBytes, inflated, limits);
  }
}

/** Packs one assessment with its enterprise and evidence files into a .sfdx bundle, in memory. */
export function exportBundle(
  store: Store,
  assessmentId: string,
  options: ExportOptions,
): { fileName: string; bytes: Uint8Array } {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const content = gather(store, assessmentId, options);
  assertWithinLimits(content, limits);
  const chunks: Uint8Array[] = [];
  // a copy: the evidence pieces live in a buffer that is reused for the next piece
  writeZip(store, content, (chunk) => chunks.push(Buffer.from(chunk)));
  const bytes = Buffer.concat(chunks);
  if (bytes.length > limits.fileBytes) tooLarge(bytes.length, bytes.length, limits);
  return { fileName: content.fileName, bytes };
}

/**
 * Writes the bundle to `file` without holding it: through a temporary file beside it, renamed
 * once whole, so an interrupted export never leaves a truncated bundle under the chosen name.
 */
export function exportBundleFile(
  store: Store,
  assessmentId: string,
  file: string,
  options: ExportOptions,
): { fileName: string; size: number } {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const content = gather(store, assessmentId, options);
  assertWithinLimits(content, limits);
  const partial = `${file}.${process.pid}.partial`;
  let size = 0;
  try {
    const fd = openSync(partial, 'w');
    try {
      writeZip(store, content, (chunk) => {
        for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at, chunk.length - at);
        size += chunk.length;
      });
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (size > limits.fileBytes) tooLarge(size, size, limits);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return { fileName: content.fileName, size };
}
