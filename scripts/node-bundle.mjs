// The esbuild options every Node program of this repository is bundled with (the app's entries, run-ts,
// the tests' child processes), written once so a test's worker is built exactly as the shipped one.
import { absoluteAliases } from './aliases.mjs';
import { bundledPackages } from './bundled-packages.mjs';

/**
 * Options shared by every Node bundle; callers add entry, outfile and what they keep external.
 * Packages stay external except ECharts, bundled tree-shaken (scripts/bundled-packages.mjs).
 */
export function nodeBundleOptions() {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'warning',
    // aliases.mjs reads import.meta only when it is there and falls back to the working directory
    logOverride: { 'empty-import-meta': 'silent' },
    alias: absoluteAliases(),
    plugins: [bundledPackages()],
  };
}
