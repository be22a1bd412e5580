import { chinaDayStamp } from '../../../assessments/engine/china-day';
import { zipSync, type Zippable } from 'fflate';
import { AppError } from '../../api/errors';
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

/**
 * A bundle the importer would refuse must not be written: the consultant would carry it to the
 * laptop and only learn there that the work cannot be read. Refused here with what to do.
 */
function assertImportable(bytes: Uint8Array, inflated: number, limits: BundleLimits): void {
  if (bytes.length <= limits.fileBytes && inflated <= limits.totalBytes) return;
  throw new AppError(
    'conflict',
    `评估包将有 ${mb(bytes.length)} MB（解压后 ${mb(inflated)} MB），超过评估包上限 ${mb(limits.fileBytes)} MB，导入时会被拒绝。请删除或压缩部分佐证材料后再导出`,
    { size: bytes.length, inflated, limit: limits.fileBytes, totalLimit: limits.totalBytes },
  );
}

/** Packs one assessment with its enterprise and evidence files into a .sfdx bundle. */
export function exportBundle(
  store: Store,
  assessmentId: string,
  options: ExportOptions,
): { fileName: string; bytes: Uint8Array } {
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
  const files: Zippable = {
    [ENTRY.manifest]: json(manifest),
    [ENTRY.enterprise]: json(enterprise),
    [ENTRY.assessment]: json(doc),
  };
  let inflated = Object.values(files).reduce((sum, data) => sum + (data as Uint8Array).length, 0);
  for (const { sha256 } of doc.evidence) {
    const data = store.blobs.read(sha256);
    inflated += data.length;
    // photos and PDFs are compressed already: store them nearly as is, fast
    files[`${EVIDENCE_DIR}${sha256}`] = [data, { level: 1 }];
  }
  const bytes = zipSync(files, { level: 6, mtime: exportedAt });
  assertImportable(bytes, inflated, options.limits ?? DEFAULT_LIMITS);
  return { fileName: bundleFileName(enterprise.profile.name, exportedAt, doc.id), bytes };
}
