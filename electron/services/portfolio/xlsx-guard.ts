import { strFromU8, unzipSync, zipSync } from 'fflate';
import { AppError } from '@contract/errors';

/**
 * Checks a workbook before any spreadsheet library reads it. Sizes come from the zip's central
 * directory and are checked before inflating (a zip bomb is refused, never expanded); formulas,
 * external links, macros and embedded objects are refused outright because a questionnaire
 * never needs them. What passes is re-zipped from the bytes we checked, so the library reads
 * exactly those.
 */
export const WORKBOOK_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  entries: 200,
  entryBytes: 16 * 1024 * 1024,
  totalBytes: 48 * 1024 * 1024,
} as const;

const MB = 1024 * 1024;
const FORBIDDEN: readonly [RegExp, string][] = [
  [/^xl\/externalLinks\//i, '含有外部链接'],
  [/vbaProject\.bin$/i, '含有宏'],
  [/^xl\/(embeddings|activeX)\//i, '含有嵌入对象'],
  [/^xl\/connections\.xml$/i, '含有外部数据连接'],
];

export function refuseWorkbook(reason: string, message: string): never {
  throw new AppError('import_rejected', `无法导入问卷表：${message}`, { reason });
}

function checkEntry(name: string, declared: number, total: number): void {
  if (name.includes('\\') || name.startsWith('/') || name.split('/').includes('..'))
    refuseWorkbook('unsafe-path', `文件中含有不安全的条目名「${name}」`);
  for (const [pattern, what] of FORBIDDEN)
    if (pattern.test(name)) refuseWorkbook('forbidden-part', `文件${what}，已拒绝`);
  if (declared > WORKBOOK_LIMITS.entryBytes)
    refuseWorkbook('entry-too-large', `条目「${name}」解压后 ${(declared / MB).toFixed(1)} MB，超过上限`);
  if (total > WORKBOOK_LIMITS.totalBytes)
    refuseWorkbook(
      'total-too-large',
      `文件解压后总大小超过 ${WORKBOOK_LIMITS.totalBytes / MB} MB（疑似压缩炸弹）`,
    );
}

function unzipChecked(bytes: Uint8Array): Record<string, Uint8Array> {
  let total = 0;
  let count = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        count += 1;
        if (count > WORKBOOK_LIMITS.entries) refuseWorkbook('too-many-entries', '文件中的条目太多');
        if (file.compression !== 0 && file.compression !== 8)
          refuseWorkbook('unsupported-compression', `条目「${file.name}」使用了不支持的压缩方式`);
        total += file.originalSize;
        checkEntry(file.name, file.originalSize, total);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    return refuseWorkbook('not-a-workbook', '文件已损坏或不是 Excel 工作簿（.xlsx）');
  }
}

function checkContent(files: Record<string, Uint8Array>): void {
  if (!files['xl/workbook.xml']) refuseWorkbook('not-a-workbook', '文件不是 Excel 工作簿（.xlsx）');
  for (const [name, data] of Object.entries(files)) {
    if (data.length > WORKBOOK_LIMITS.entryBytes)
      refuseWorkbook('entry-too-large', `条目「${name}」解压后超过上限`);
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const xml = strFromU8(data);
    if (/^xl\/worksheets\//.test(name) && /<(\w+:)?f[\s>/]/.test(xml))
      refuseWorkbook('formula', '工作表中含有公式；请把公式单元格改为直接填写的值后再导入');
    if (/TargetMode\s*=\s*"External"/i.test(xml)) refuseWorkbook('external-link', '文件含有外部链接，已拒绝');
  }
}

/** The checked workbook, re-zipped from the inflated entries; throws import_rejected otherwise. */
export function guardWorkbook(bytes: Uint8Array): Uint8Array {
  if (bytes.length === 0) refuseWorkbook('empty-file', '文件是空的');
  if (bytes.length > WORKBOOK_LIMITS.fileBytes)
    refuseWorkbook('file-too-large', `文件超过 ${WORKBOOK_LIMITS.fileBytes / MB} MB`);
  const files = unzipChecked(bytes);
  checkContent(files);
  return zipSync(files);
}
