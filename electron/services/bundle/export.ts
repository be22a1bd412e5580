import { zipSync, type Zippable } from 'fflate';
import type { Store } from '../store';
import {
  BUNDLE_EXTENSION,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  ENTRY,
  EVIDENCE_DIR,
  type BundleEnterprise,
  type Manifest,
} from './format';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));

/** A file name that is safe on Windows and still tells the consultant what is inside. */
export function bundleFileName(enterpriseName: string, exportedAt: Date, assessmentId: string): string {
  const printable = [...enterpriseName].map((c) => (c.charCodeAt(0) < 0x20 ? ' ' : c)).join('');
  const safeName = printable.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'assessment';
  const day = exportedAt.toISOString().slice(0, 10).replace(/-/g, '');
  return `${safeName}-${day}-${assessmentId.slice(0, 8)}${BUNDLE_EXTENSION}`;
}

export interface ExportOptions {
  readonly appName: string;
  readonly appVersion: string;
  readonly now?: () => Date;
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
  for (const { sha256 } of doc.evidence) {
    // photos and PDFs are compressed already: store them nearly as is, fast
    files[`${EVIDENCE_DIR}${sha256}`] = [store.blobs.read(sha256), { level: 1 }];
  }
  const bytes = zipSync(files, { level: 6, mtime: exportedAt });
  return { fileName: bundleFileName(enterprise.profile.name, exportedAt, doc.id), bytes };
}
