// The import aliases of this repository, defined once: Vite, vitest, esbuild (build-node, run-ts) and the
// layer lint read this table; tsconfig.base.json repeats it as `paths` (JSON cannot import), and
// test/unit/tooling/aliases.test.ts checks that the two agree.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Bundled into CommonJS (run-ts: the bench, scripts) import.meta is empty; those run from the
// repository root, as npm scripts do.
export const ROOT = import.meta.url
  ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  : process.cwd();

/** alias → folder, relative to the repository root */
export const ALIASES = {
  '@contract': 'electron/api',
  '@engine': 'assessments/engine',
};

/** The same table with absolute folders, as bundlers want it. */
export function absoluteAliases() {
  return Object.fromEntries(Object.entries(ALIASES).map(([alias, dir]) => [alias, path.join(ROOT, dir)]));
}
