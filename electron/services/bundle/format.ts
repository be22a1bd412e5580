/**
 * The assessment bundle (.sfdx): how one assessment travels between a factory PC and the
 * consultant's laptop. A zip holding three JSON entries and the evidence files; the format is
 * described in docs/bundle-format.md and, generated from these schemas, in
 * assessments/schemas/bundle.schema.json.
 */
import { z } from 'zod';
import { EVIDENCE_BUDGET_BYTES, MAX_EVIDENCE_BYTES, MAX_JSON_ENTRY_BYTES } from '@contract/bundle-limits';
import { EnterpriseRecordSchema, TimestampSchema } from '@contract/records';
import { AssessmentDocumentSchema, DOCUMENT_LIMITS } from '../store/document';

export const BUNDLE_FORMAT = 'sfd-assessment-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = '.sfdx';

export const ENTRY = {
  manifest: 'manifest.json',
  enterprise: 'enterprise.json',
  assessment: 'assessment.json',
} as const;
export const EVIDENCE_DIR = 'evidence/';
export const EVIDENCE_ENTRY = /^evidence\/[0-9a-f]{64}$/;

export const ManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  /** bumped on any change an older reader could misread; readers refuse versions above their own */
  formatVersion: z.number().int().min(1),
  appName: z.string().max(60),
  appVersion: z.string().max(40),
  exportedAt: TimestampSchema,
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** The enterprise as exported; the size class is derived on import, not trusted. */
export const BundleEnterpriseSchema = EnterpriseRecordSchema.omit({ sizeClass: true });
export type BundleEnterprise = z.infer<typeof BundleEnterpriseSchema>;

/** The three JSON entries of a bundle, keyed by entry name (evidence files are raw bytes). */
export const BundleContentsSchema = z
  .object({
    // ids name the definitions in the generated JSON Schema
    [ENTRY.manifest]: ManifestSchema.meta({ id: 'BundleManifest' }),
    [ENTRY.enterprise]: BundleEnterpriseSchema.meta({ id: 'BundleEnterprise' }),
    [ENTRY.assessment]: AssessmentDocumentSchema.meta({ id: 'BundleAssessment' }),
  })
  .meta({
    title: '智造自诊 assessment bundle (.sfdx)',
    description:
      'A zip archive. Each property here is one JSON entry of the archive (UTF-8). Evidence files are stored ' +
      'as evidence/<sha256 of the content, lower-case hex> and listed in assessment.json "evidence". ' +
      'No other entries are allowed. See docs/bundle-format.md.',
  });

export interface BundleLimits {
  /** the whole .sfdx file */
  readonly fileBytes: number;
  /** entries in the zip, evidence included */
  readonly entries: number;
  /** one JSON entry, uncompressed */
  readonly jsonBytes: number;
  /** one evidence file */
  readonly evidenceBytes: number;
  /** all entries together, uncompressed: the zip-bomb guard */
  readonly totalBytes: number;
}

/**
 * What the importer accepts, and so what the exporter may write, for an evidence budget per
 * assessment (docs/bundle-format.md, "Limits"): an assessment within the budget always exports
 * to a bundle within these. Import streams evidence to disk, so none of these is held in memory
 * at once; the total still bounds what a hostile bundle can make the importer write.
 */
export function bundleLimitsFor(evidenceBudget: number): BundleLimits {
  return {
    fileBytes: evidenceBudget + MAX_JSON_ENTRY_BYTES,
    entries: 3 + DOCUMENT_LIMITS.evidence,
    jsonBytes: MAX_JSON_ENTRY_BYTES,
    evidenceBytes: MAX_EVIDENCE_BYTES,
    totalBytes: evidenceBudget + 3 * MAX_JSON_ENTRY_BYTES,
  };
}

export const DEFAULT_LIMITS: BundleLimits = bundleLimitsFor(EVIDENCE_BUDGET_BYTES);

/**
 * The JSON Schema committed at assessments/schemas/bundle.schema.json: what an exporter writes
 * (zod output side). A test keeps the file equal to this; regenerate with
 * `node scripts/run-ts.mjs scripts/write-bundle-schema.ts`.
 */
export function bundleJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://zhizao-zizhen.local/schemas/bundle.schema.json',
    ...z.toJSONSchema(BundleContentsSchema, { target: 'draft-2020-12' }),
  };
}
