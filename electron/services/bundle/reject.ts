import { AppError } from '@contract/errors';

/** Why an import was refused: a stable code for tests and the UI, next to the Chinese message. */
export type RejectReason =
  | 'empty-file'
  | 'file-too-large'
  | 'not-a-zip'
  | 'too-many-entries'
  | 'unsafe-path'
  | 'absolute-path'
  | 'path-traversal'
  | 'unknown-entry'
  | 'duplicate-entry'
  | 'unsupported-compression'
  | 'entry-too-large'
  | 'total-too-large'
  | 'overlapping-entries'
  | 'entry-size-mismatch'
  | 'missing-entry'
  | 'invalid-json'
  | 'wrong-format'
  | 'newer-format'
  | 'invalid-manifest'
  | 'invalid-enterprise'
  | 'invalid-credit-code'
  | 'invalid-assessment'
  | 'enterprise-mismatch'
  | 'evidence-missing'
  | 'evidence-unlisted'
  | 'evidence-hash-mismatch'
  | 'evidence-size-mismatch'
  | 'unknown-model'
  | 'assessment-owner-conflict'
  | 'record-id-conflict'
  | 'future-time';

export function rejectImport(
  reason: RejectReason,
  message: string,
  details: Record<string, unknown> = {},
): never {
  const code =
    reason === 'newer-format' || reason === 'unknown-model' ? 'unsupported_version' : 'import_rejected';
  throw new AppError(code, `无法导入评估包：${message}`, { reason, ...details });
}
