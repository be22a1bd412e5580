// Runs a TypeScript program of this repository under Node: bundles it with esbuild into a
// temporary CommonJS file (the native better-sqlite3 stays external, resolved from this
// repository's node_modules) and runs it with the same Node. Usage: node scripts/run-ts.mjs <file.ts> [args…]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const dir = mkdtempSync(path.join(os.tmpdir(), 'sfd-run-ts-'));
const outfile = path.join(dir, 'program.cjs');
try {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  const result = spawnSync(process.execPath, [outfile, ...args], {
    stdio: 'inherit',
    env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
