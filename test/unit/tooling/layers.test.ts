import { ESLint } from 'eslint';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED, FORBIDDEN, type ImportCase } from '../../fixtures/layers/imports';

const ROOT = path.resolve(__dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The layer messages ESLint reports for one import written in one file (the repository's own config). */
async function layerErrors({ file, source }: ImportCase): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/allowed-imports').map((m) => m.message);
}

describe('the layer table of docs/architecture.md §1, through eslint.config.js', () => {
  it.each(FORBIDDEN.map((c) => [c.file, c.source, c] as const))('refuses in %s: %s', async (_f, _s, c) => {
    expect(await layerErrors(c)).toHaveLength(1);
  });

  it.each(ALLOWED.map((c) => [c.file, c.source, c] as const))('allows in %s: %s', async (_f, _s, c) => {
    expect(await layerErrors(c)).toEqual([]);
  });
});
