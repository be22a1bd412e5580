// Bundles each Node/Electron program entry (electron/<entry>.ts) into dist/electron/<name>.cjs with esbuild.
// esbuild over electron-vite: the main side is a handful of entries with no HMR needs, and one
// small script keeps the build readable and fast (~100 ms).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { absoluteAliases } from './aliases.mjs';
import { bundledPackages } from './bundled-packages.mjs';

// Program entries only; every other module is reached through them.
const ENTRIES = [
  'main.ts',
  'preload.ts',
  'web-shell.ts',
  'cli.ts',
  'models-check.ts',
  'report-worker.ts',
  'roster-cli.ts',
];
const entries = ENTRIES.filter((file) => existsSync(`electron/${file}`));

await Promise.all(
  entries.map((file) => {
    const isPreload = file === 'preload.ts';
    return build({
      entryPoints: [`electron/${file}`],
      outfile: `dist/electron/${file.replace(/\.ts$/, '.cjs')}`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      sourcemap: 'linked',
      logLevel: 'warning',
      alias: absoluteAliases(),
      // The sandboxed preload may only require 'electron': bundle everything else into it.
      external: ['electron'],
      packages: isPreload ? 'bundle' : 'external',
      plugins: isPreload ? [] : [bundledPackages()],
    });
  }),
);
console.log(`built ${entries.length} entries into dist/electron/`);
