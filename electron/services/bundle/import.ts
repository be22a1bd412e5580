import { createHash, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { checkCreditCode } from '@engine/credit-code';
import type { ImportOutcomeSchema } from '@contract/records';
import { describeIssues } from '@contract/dispatch';
import { AppError } from '@contract/errors';
import { BlobContentError, type StagedBlob } from '../store/blobs';
import { canonicalJson } from '../store/canonical-json';
import { AssessmentDocumentSchema, type AssessmentDocument } from '../store/document';
import { documentDigest } from '../store/repositories/documents';
import type { Store } from '../store';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BundleEnterpriseSchema,
  DEFAULT_LIMITS,
  ENTRY,
  EVIDENCE_DIR,
  ManifestSchema,
  type BundleEnterprise,
  type BundleLimits,
} from './format';
import { rejectImport, type RejectReason } from './reject';
import { openBundleZip, type BundleZip } from './safe-unzip';
import type { ZipEntry } from './zip-directory';
import { fileSource, memorySource, type ZipSource } from './zip-source';

export interface ImportOptions {
  /** the model registry's answer: is this questionnaire (id, version) installed here? */
  readonly isKnownModel: (modelId: string, version: string) => boolean;
  /** brings a document answered under an older questionnaire version to the newest (throws an AppError when it cannot) */
  readonly upgrade?: (doc: AssessmentDocument) => AssessmentDocument;
  readonly limits?: BundleLimits;
  /** this computer's clock (tests set it); times in a bundle may not lie beyond it */
  readonly now?: () => Date;
}

/** Clocks of two factory PCs may disagree by hours, not by more than a day. */
const CLOCK_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export interface ImportResult {
  outcome: z.infer<typeof ImportOutcomeSchema>;
  assessmentId: string;
  enterpriseId: string;
  enterpriseMatched: boolean;
  revision: number;
}

interface ParsedBundle {
  enterprise: BundleEnterprise;
  doc: AssessmentDocument;
  /** each evidence file's entry, by sha256; its bytes are read only when stored */
  evidence: Map<string, ZipEntry>;
}

function readJsonEntry(zip: BundleZip, name: string): unknown {
  const entry = zip.entries.get(name);
  if (!entry) rejectImport('missing-entry', `缺少必需的条目「${name}」`, { entry: name });
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(zip.readWhole(entry)));
  } catch (error) {
    if (error instanceof AppError) throw error;
    rejectImport('invalid-json', `条目「${name}」不是有效的 JSON（UTF-8）`, { entry: name });
  }
}

function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  reason: RejectReason,
  entry: string,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = describeIssues(parsed.error);
  const first = issues[0];
  rejectImport(reason, `条目「${entry}」内容不符合格式：${first ? `${first.path} ${first.message}` : ''}`, {
    entry,
    issues,
  });
}

function checkManifest(value: unknown): void {
  const head = (value ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format !== BUNDLE_FORMAT) {
    rejectImport('wrong-format', '这不是智造自诊的评估包（manifest.json 中的格式标识不对）', {
      format: head.format,
    });
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > BUNDLE_FORMAT_VERSION) {
    rejectImport(
      'newer-format',
      `评估包来自更新版本的智造自诊（格式版本 ${head.formatVersion}，本程序支持到 ${BUNDLE_FORMAT_VERSION}），请先升级本程序`,
      { formatVersion: head.formatVersion, supported: BUNDLE_FORMAT_VERSION },
    );
  }
  parseWith(ManifestSchema, value, 'invalid-manifest', ENTRY.manifest);
}

/** The evidence entries of the bundle, by sha256 (their bytes are read only when stored). */
function evidenceEntries(zip: BundleZip): Map<string, ZipEntry> {
  const files = new Map<string, ZipEntry>();
  for (const [name, entry] of zip.entries) {
    if (name.startsWith(EVIDENCE_DIR)) files.set(name.slice(EVIDENCE_DIR.length), entry);
  }
  return files;
}

/**
 * Every listed file present with the recorded size, and no file that is not listed. Checked once
 * the files have been read and their hashes found right, before any of them takes its name.
 */
function checkListing(doc: AssessmentDocument, files: Map<string, ZipEntry>): void {
  const listed = new Set<string>();
  for (const e of doc.evidence) {
    const entry = files.get(e.sha256);
    if (!entry)
      rejectImport('evidence-missing', `缺少佐证文件「${e.fileName}」（evidence/${e.sha256}）`, {
        sha256: e.sha256,
      });
    if (entry.declaredSize !== e.size) {
      rejectImport('evidence-size-mismatch', `佐证文件「${e.fileName}」的大小与记录不符`, {
        sha256: e.sha256,
      });
    }
    listed.add(e.sha256);
  }
  for (const sha256 of files.keys()) {
    if (!listed.has(sha256)) {
      rejectImport('evidence-unlisted', `评估包中有未登记的佐证文件 evidence/${sha256}`, { sha256 });
    }
  }
}

function hashMismatch(sha256: string): never {
  return rejectImport(
    'evidence-hash-mismatch',
    `佐证文件 evidence/${sha256} 的内容与其校验值不符（文件被改动或损坏）`,
    { sha256 },
  );
}

function sizeMismatchOf(sha256: string): never {
  return rejectImport('entry-size-mismatch', `佐证文件 evidence/${sha256} 的大小与目录中记录的不符`, {
    entry: `${EVIDENCE_DIR}${sha256}`,
  });
}

function checkFileSize(size: number, limits: BundleLimits): void {
  if (size === 0) rejectImport('empty-file', '文件是空的（0 字节）');
  if (size > limits.fileBytes) {
    rejectImport(
      'file-too-large',
      `文件太大（${(size / 1048576).toFixed(1)} MB），上限为 ${(limits.fileBytes / 1048576).toFixed(0)} MB`,
      { size, limit: limits.fileBytes },
    );
  }
}

/** The document at an installed questionnaire version: as it is, or upgraded from an older one. */
function knownModelDocument(doc: AssessmentDocument, options: ImportOptions): AssessmentDocument {
  if (options.isKnownModel(doc.modelId, doc.modelVersion)) return doc;
  const details = { modelId: doc.modelId, modelVersion: doc.modelVersion };
  if (!options.upgrade)
    rejectImport(
      'unknown-model',
      `评估使用的问卷模型「${doc.modelId}」版本 ${doc.modelVersion} 在本程序中不存在，请先升级本程序或安装该版本的问卷`,
      details,
    );
  try {
    return options.upgrade(doc);
  } catch (error) {
    if (error instanceof AppError) rejectImport('unknown-model', error.message, details);
    throw error;
  }
}

/** Structure, schemas and the model: everything but the evidence hashes, without the database. */
function parseZip(source: ZipSource, options: ImportOptions): ParsedBundle & { zip: BundleZip } {
  const limits = options.limits ?? DEFAULT_LIMITS;
  checkFileSize(source.size, limits);
  const zip = openBundleZip(source, limits);
  checkManifest(readJsonEntry(zip, ENTRY.manifest));
  const enterprise = parseWith(
    BundleEnterpriseSchema,
    readJsonEntry(zip, ENTRY.enterprise),
    'invalid-enterprise',
    ENTRY.enterprise,
  );
  const code = enterprise.profile.creditCode;
  if (!checkCreditCode(code).valid) {
    rejectImport(
      'invalid-credit-code',
      `企业「${enterprise.profile.name}」的统一社会信用代码 ${code} 校验位不正确`,
      { creditCode: code },
    );
  }
  const parsed = parseWith(
    AssessmentDocumentSchema,
    readJsonEntry(zip, ENTRY.assessment),
    'invalid-assessment',
    ENTRY.assessment,
  );
  if (parsed.enterpriseId !== enterprise.id) {
    rejectImport('enterprise-mismatch', 'assessment.json 指向的企业与 enterprise.json 不一致', {
      assessmentEnterprise: parsed.enterpriseId,
      enterprise: enterprise.id,
    });
  }
  const evidence = evidenceEntries(zip);
  const doc = knownModelDocument(parsed, options);
  return { enterprise, doc, evidence, zip };
}

/** Everything that can be checked without the database: structure, schemas, hashes, the model. */
export function parseBundle(bytes: Uint8Array, options: ImportOptions): Omit<ParsedBundle, 'evidence'> {
  const { enterprise, doc, evidence, zip } = parseZip(memorySource(bytes), options);
  for (const [sha256, entry] of evidence) {
    const hash = createHash('sha256');
    zip.pipe(entry, (chunk) => hash.update(chunk));
    if (hash.digest('hex') !== sha256) hashMismatch(sha256);
  }
  checkListing(doc, evidence);
  return { enterprise, doc };
}

/** Every time the bundle states: the enterprise's, the assessment's, each answer's, event's and file's. */
function timesOf(enterprise: BundleEnterprise, doc: AssessmentDocument): string[] {
  return [
    enterprise.createdAt,
    enterprise.updatedAt,
    doc.createdAt,
    doc.updatedAt,
    ...(doc.completedAt ? [doc.completedAt] : []),
    ...doc.answers.map((a) => a.updatedAt),
    ...doc.events.map((e) => e.at),
    ...doc.evidence.map((e) => e.addedAt),
  ];
}

/**
 * Newer wins when versions meet, so a time in the future would win every later comparison and
 * silently overwrite corrections made here. Such a bundle is refused with the time it claims.
 */
function assertNoFutureTimes(enterprise: BundleEnterprise, doc: AssessmentDocument, now: Date): void {
  const limit = now.getTime() + CLOCK_TOLERANCE_MS;
  const future = timesOf(enterprise, doc).find((t) => Date.parse(t) > limit);
  if (future === undefined) return;
  rejectImport(
    'future-time',
    `评估包中的时间 ${future} 晚于本机当前时间 ${now.toISOString()} 一天以上，可能是导出电脑的时钟不准。为免覆盖本机较新的修改，已拒绝导入；请校准那台电脑的时钟后重新导出`,
    { time: future, now: now.toISOString() },
  );
}

interface ResolvedEnterprise {
  id: string;
  matched: boolean;
  /** the local profile was replaced by the bundle's newer one */
  replaced: boolean;
}

/** The local enterprise with the bundle's credit code, updated when the bundle's profile is newer; else a new one. */
function resolveEnterprise(store: Store, incoming: BundleEnterprise): ResolvedEnterprise {
  const local = store.enterprises.findByCreditCode(incoming.profile.creditCode);
  if (local) {
    const differs = canonicalJson(local.profile) !== canonicalJson(incoming.profile);
    const replaced = differs && incoming.updatedAt > local.updatedAt;
    if (replaced) {
      // the local profile may hold a correction made here: kept in history, never dropped
      store.enterprises.archive(local, 'replaced-by-import');
      store.enterprises.put({ ...incoming, id: local.id, createdAt: local.createdAt });
    }
    return { id: local.id, matched: true, replaced };
  }
  const id = store.enterprises.find(incoming.id) ? randomUUID() : incoming.id;
  store.enterprises.put({ ...incoming, id });
  return { id, matched: false, replaced: false };
}

/**
 * Evidence and audit-event ids are global keys. A bundle whose records carry ids that another
 * assessment here already owns was copied or tampered with; importing it would either fail
 * half-way on the key or silently drop its audit trail, so it is refused whole.
 */
function assertRecordIdsFree(store: Store, doc: AssessmentDocument): void {
  const taken = (owner: string | undefined) => owner !== undefined && owner !== doc.id;
  const evidence = doc.evidence.find((e) => taken(store.evidence.ownerOf(e.id)));
  const event = doc.events.find((e) => taken(store.answers.eventOwnerOf(e.id)));
  const id = evidence?.id ?? event?.id;
  if (id === undefined) return;
  rejectImport(
    'record-id-conflict',
    `评估包中的${evidence ? '佐证材料' : '修改记录'}（${id}）已属于本机的另一份评估，评估包可能被复制或改动过`,
    { assessmentId: doc.id, recordId: id },
  );
}

/** Newer revision wins; on a tie the later edit wins. The loser is kept in assessment_revisions. */
function mergeAssessment(store: Store, doc: AssessmentDocument): ImportResult['outcome'] {
  assertRecordIdsFree(store, doc);
  const local = store.assessments.find(doc.id);
  if (!local) {
    store.documents.write(doc);
    return 'created';
  }
  if (local.enterpriseId !== doc.enterpriseId) {
    rejectImport(
      'assessment-owner-conflict',
      '本机已有同一评估，但属于另一家企业（统一社会信用代码不同），为避免混淆已拒绝导入',
      {
        assessmentId: doc.id,
      },
    );
  }
  const localDoc = store.documents.read(doc.id);
  if (documentDigest(localDoc) === documentDigest(doc)) return 'unchanged';
  const incomingWins =
    doc.revision > local.revision || (doc.revision === local.revision && doc.updatedAt > local.updatedAt);
  if (!incomingWins) {
    store.documents.archive(doc, 'older-import');
    return 'kept-local';
  }
  store.documents.archive(localDoc, 'replaced-by-import');
  store.documents.write(doc);
  return 'updated';
}

/**
 * Writes every evidence file beside its final name, each verified against its hash while it
 * streams through; only when all are whole do they take their names. A refused file leaves
 * nothing behind.
 */
function stageEvidence(store: Store, zip: BundleZip, evidence: Map<string, ZipEntry>): StagedBlob[] {
  const staged: StagedBlob[] = [];
  try {
    for (const [sha256, entry] of evidence) {
      staged.push(store.blobs.stage(sha256, entry.declaredSize, (write) => zip.pipe(entry, write)));
    }
  } catch (error) {
    for (const blob of staged) blob.discard();
    if (error instanceof BlobContentError) {
      const sha256 = [...evidence.keys()][staged.length] ?? '';
      if (error.kind === 'hash') hashMismatch(sha256);
      sizeMismatchOf(sha256);
    }
    throw error;
  }
  return staged;
}

/**
 * Imports a .sfdx bundle: every check first, then the evidence files (streamed and verified;
 * content-addressed, so writing them is harmless), then ONE transaction for all database changes.
 */
export function importFromSource(store: Store, source: ZipSource, options: ImportOptions): ImportResult {
  const { enterprise, doc, evidence, zip } = parseZip(source, options);
  assertNoFutureTimes(enterprise, doc, options.now?.() ?? new Date());
  const staged = stageEvidence(store, zip, evidence);
  try {
    checkListing(doc, evidence);
  } catch (error) {
    for (const blob of staged) blob.discard();
    throw error;
  }
  for (const blob of staged) blob.commit();
  return store.transaction(() => {
    const resolved = resolveEnterprise(store, enterprise);
    const placed = { ...doc, enterpriseId: resolved.id };
    const merged = mergeAssessment(store, placed);
    // a newer enterprise profile replacing the local one is an update even when the assessment is not
    const outcome = merged === 'unchanged' && resolved.replaced ? 'updated' : merged;
    return {
      outcome,
      assessmentId: doc.id,
      enterpriseId: resolved.id,
      enterpriseMatched: resolved.matched,
      revision: store.assessments.get(doc.id).revision,
    };
  });
}

/** A bundle held in memory (small bundles sent inline, tests). */
export function importBundle(store: Store, bytes: Uint8Array, options: ImportOptions): ImportResult {
  return importFromSource(store, memorySource(bytes), options);
}

/** A bundle on disk, read a piece at a time: memory stays flat whatever the evidence weighs. */
export function importBundleFile(store: Store, file: string, options: ImportOptions): ImportResult {
  let source: ZipSource;
  try {
    source = fileSource(file);
  } catch {
    throw new AppError('not_found', '无法打开评估包：文件不存在或无法读取', { file });
  }
  try {
    return importFromSource(store, source, options);
  } finally {
    source.close();
  }
}
