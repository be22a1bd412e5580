import { defineConfig } from 'vitest/config';
import { absoluteAliases } from './scripts/aliases.mjs';

export default defineConfig({
  resolve: { alias: absoluteAliases() },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
