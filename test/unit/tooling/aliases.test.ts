import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALIASES, ROOT } from '../../../scripts/aliases.mjs';
import { contract } from '@contract/contract';
import { DIMENSIONS } from '@engine/dimensions';
import { bundleForNode } from '../../helpers/bundle';
import playwrightConfig from '../../playwright.config';

describe('import aliases', () => {
  it('tsconfig.base.json maps the same aliases as scripts/aliases.mjs (Vite, vitest, esbuild)', () => {
    const tsconfig = JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.base.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    const fromTsconfig = Object.fromEntries(
      Object.entries(tsconfig.compilerOptions.paths).map(([alias, [dir]]) => [
        alias.replace(/\/\*$/, ''),
        dir!.replace(/^\.\//, '').replace(/\/\*$/, ''),
      ]),
    );
    expect(fromTsconfig).toEqual(ALIASES);
    for (const dir of Object.values(ALIASES)) expect(existsSync(path.join(ROOT, dir))).toBe(true);
  });

  it('vitest resolves them to the modules they name', () => {
    expect(Object.keys(contract)).toContain('bundle.import');
    expect(DIMENSIONS).toEqual(['factory', 'rnd', 'operation', 'production', 'management']);
  });
});

describe('import aliases outside vitest', () => {
  it('the bundler of child-process tests (bundleForNode) inlines them rather than leaving a package require', async () => {
    const file = await bundleForNode('electron/services/catalog/model-roles.ts');
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/require\("@(engine|contract)\//);
    expect(code).toContain('RolesFileSchema');
  });

  it('Playwright is pointed at a tsconfig that extends the one holding the paths', () => {
    const named = path.resolve(ROOT, 'test', playwrightConfig.tsconfig ?? '');
    const tsconfig = JSON.parse(readFileSync(named, 'utf8')) as { extends?: string };
    expect(path.resolve(path.dirname(named), tsconfig.extends ?? '')).toBe(
      path.join(ROOT, 'tsconfig.base.json'),
    );
  });
});
