import { unzipSync } from 'fflate';
import { AppError } from '../../api/errors';
import { ENTRY, EVIDENCE_DIR, EVIDENCE_ENTRY, type BundleLimits } from './format';
import { rejectImport } from './reject';

const KNOWN_JSON = new Set<string>(Object.values(ENTRY));
const MB = 1024 * 1024;
const size = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${bytes} 字节`);

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

/**
 * Unzips a bundle with every check made from the central directory BEFORE anything is
 * inflated: entry count, names, duplicates, compression method, and declared sizes against
 * per-entry and total limits (so a zip bomb is refused, never expanded). Sizes are checked
 * again after inflating, in case the directory lied.
 */
export function safeUnzip(bytes: Uint8Array, limits: BundleLimits): Map<string, Uint8Array> {
  const seen = new Set<string>();
  let total = 0;
  const filter = (file: { name: string; originalSize: number; compression: number }): boolean => {
    if (seen.size + 1 > limits.entries) {
      rejectImport('too-many-entries', `文件中的条目太多（上限 ${limits.entries} 个）`, {
        limit: limits.entries,
      });
    }
    checkName(file.name);
    if (seen.has(file.name))
      rejectImport('duplicate-entry', `文件中有重复的条目「${file.name}」`, { entry: file.name });
    seen.add(file.name);
    if (file.compression !== 0 && file.compression !== 8) {
      rejectImport(
        'unsupported-compression',
        `条目「${file.name}」使用了不支持的压缩方式（${file.compression}）`,
        {
          entry: file.name,
        },
      );
    }
    const limit = KNOWN_JSON.has(file.name) ? limits.jsonBytes : limits.evidenceBytes;
    if (file.originalSize > limit) {
      rejectImport(
        'entry-too-large',
        `条目「${file.name}」解压后 ${size(file.originalSize)}，超过上限 ${size(limit)}`,
        {
          entry: file.name,
          limit,
        },
      );
    }
    total += file.originalSize;
    if (total > limits.totalBytes) {
      rejectImport('total-too-large', `文件解压后总大小超过上限 ${size(limits.totalBytes)}（疑似压缩炸弹）`, {
        limit: limits.totalBytes,
      });
    }
    return file.name !== EVIDENCE_DIR;
  };

  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter });
  } catch (error) {
    if (error instanceof AppError) throw error;
    rejectImport('not-a-zip', '文件已损坏或不是智造自诊评估包（.sfdx）：无法作为压缩包读取', {
      cause: (error as Error).message,
    });
  }
  const entries = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    const limit = KNOWN_JSON.has(name) ? limits.jsonBytes : limits.evidenceBytes;
    if (data.length > limit)
      rejectImport('entry-too-large', `条目「${name}」解压后超过上限 ${size(limit)}`, { entry: name });
    entries.set(name, data);
  }
  return entries;
}
