import { rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { AppError } from '@contract/errors';
import type { StagedFile } from '@contract/records';

interface Held extends StagedFile {
  readonly path: string;
  /** an upload the shell wrote to a temporary file: removed once used */
  readonly temporary: boolean;
}

/**
 * Files the shell holds for the renderer under an opaque id: a bundle chosen in the desktop
 * app's dialog, double-clicked, or uploaded to the web shell. The renderer never names a path,
 * so it can only ever import what the user chose. Each id is used once.
 */
export class StagedFiles {
  private readonly held = new Map<string, Held>();

  add(file: string, size: number, temporary: boolean, fileName = path.basename(file)): StagedFile {
    const staged = { fileId: randomUUID(), fileName, size };
    this.held.set(staged.fileId, { ...staged, path: file, temporary });
    return staged;
  }

  /** Hands the file to `use`, then forgets it (and removes a temporary upload), whatever happens. */
  use<T>(fileId: string, use: (file: string) => T): T {
    const held = this.held.get(fileId);
    if (!held) throw new AppError('not_found', '要导入的文件已失效，请重新选择文件', { fileId });
    this.held.delete(fileId);
    try {
      return use(held.path);
    } finally {
      if (held.temporary) rmSync(held.path, { force: true });
    }
  }

  /** Removes every temporary upload still held (the shell is closing). */
  clear(): void {
    for (const held of this.held.values()) if (held.temporary) rmSync(held.path, { force: true });
    this.held.clear();
  }
}
