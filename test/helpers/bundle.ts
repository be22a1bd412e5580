import { build } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { absoluteAliases } from '../../scripts/aliases.mjs';
import { bundledPackages } from '../../scripts/bundled-packages.mjs';

const CACHE = path.resolve('node_modules/.cache/sfd-test-bundles');

/**
 * Bundles a TypeScript entry of this repository into one CommonJS file, for tests and benches
 * that need a real child process or worker (crash, kill, fault, cold-start tests). The file is
 * written under node_modules/.cache so its external packages resolve from this repository's
 * node_modules exactly as dist/electron's do.
 */
export async function bundleForNode(entry: string, name = path.basename(entry, '.ts')): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const outfile = path.join(mkdtempSync(path.join(CACHE, `${name}-`)), `${name}.cjs`);
  await build({
    entryPoints: [path.resolve(entry)],
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
  return outfile;
}

/** Small seeded PRNG (mulberry32), so random moments and payloads repeat from run to run. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
