import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzip size of what the renderer loads before first paint: the scripts, modulepreloads and
 * stylesheets index.html names. Lazy chunks (results screen, charts) are not counted.
 */
export function initialBundleGzipKB(rendererDir: string): { kb: number; files: string[] } {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const files = [...new Set(refs)].filter(Boolean);
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(rendererDir, file))).length,
    0,
  );
  return { kb: bytes / 1024, files };
}
