// The import aliases of this repository, defined once: Vite, vitest, esbuild (build-node, run-ts) and the
// layer lint read this table; tsconfig.base.json repeats it as `paths` (JSON cannot import), and
// test/unit/tooling/aliases.test.ts checks that the two agree.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** alias → folder, relative to the repository root */
export const ALIASES = {
  '@contract': 'electron/api',
  '@engine': 'assessments/engine',
};

/** The same table with absolute folders, as bundlers want it. */
export function absoluteAliases() {
  return Object.fromEntries(Object.entries(ALIASES).map(([alias, dir]) => [alias, path.join(ROOT, dir)]));
}
