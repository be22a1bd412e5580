// Runs a TypeScript program of this repository under Node: bundles the repository's own modules
// with esbuild into a temporary CommonJS file inside node_modules/.cache (so packages, kept
// external, resolve from this repository's node_modules as usual) and runs it with the same Node. Usage: node scripts/run-ts.mjs <file.ts> [args…]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { absoluteAliases } from './aliases.mjs';
import { bundledPackages } from './bundled-packages.mjs';

const CACHE = path.resolve('node_modules/.cache/sfd-run-ts');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
mkdirSync(CACHE, { recursive: true });
const dir = mkdtempSync(path.join(CACHE, 'run-'));
const outfile = path.join(dir, 'program.cjs');
try {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
    alias: absoluteAliases(),
    plugins: [bundledPackages()],
  });
  const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
