import { statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '@contract/errors';
import type { StagedFile } from '@contract/records';
import { MAX_BUNDLE_BYTES } from '@contract/bundle-limits';
import { BUNDLE_EXTENSION } from '../bundle/format';
import type { StagedFiles } from '../bundle/staged-files';

/**
 * Holds a bundle the user double-clicked or chose in the open dialog, for the renderer's import
 * screen. The path came from the operating system on the user's action, never from the
 * renderer; only a .sfdx file within the bundle size limit is accepted. It is read (a piece at a
 * time) and checked by bundle.import, like any import.
 */
export function stageBundle(
  staged: StagedFiles,
  file: string,
  maxBytes: number = MAX_BUNDLE_BYTES,
): StagedFile {
  const fileName = path.basename(file);
  if (!fileName.toLowerCase().endsWith(BUNDLE_EXTENSION)) {
    throw new AppError('import_rejected', `“${fileName}”不是智造自诊评估包（${BUNDLE_EXTENSION}）`);
  }
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new AppError('not_found', `无法打开评估包“${fileName}”：文件不存在或无法读取`, { fileName });
  }
  if (size > maxBytes) {
    const mb = (n: number) => Math.ceil(n / (1024 * 1024));
    throw new AppError(
      'import_rejected',
      `评估包“${fileName}”过大（${mb(size)} MB），上限为 ${mb(maxBytes)} MB`,
      { fileName, size, maxBytes },
    );
  }
  return staged.add(file, size, false, fileName);
}
