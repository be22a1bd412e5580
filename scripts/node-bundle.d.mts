import type { BuildOptions } from 'esbuild';

export function nodeBundleOptions(): BuildOptions;
