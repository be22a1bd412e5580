import type { Plugin } from 'esbuild';

export function bundledPackages(): Plugin;
