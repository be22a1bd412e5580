/**
 * The first minutes on a fresh machine: every npm script checks Node before anything can crash,
 * and `npm start` knows whether the Electron binary is there without asking Electron (which would
 * try to download it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json';
import { electronBinary } from '../../../scripts/electron-binary.mjs';
import { REPO } from './builder';

const CHECK = 'node scripts/check-node.mjs && ';
const README_NODE_COMMAND =
  'npm install -g --prefix ~/.cache/sfd-node22 node@22 && export PATH=~/.cache/sfd-node22/bin:$PATH';

function fakeElectronPackage(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sfd-electron-pkg-'));
  mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
  return root;
}

describe('Node version check', () => {
  it('runs first in every npm script', () => {
    for (const [name, command] of Object.entries(pkg.scripts)) {
      expect(command.startsWith(CHECK), `script "${name}"`).toBe(true);
    }
  });

  it("README's command to get Node 22 is the one the check prints", () => {
    expect(readFileSync(path.join(REPO, 'README.md'), 'utf8')).toContain(README_NODE_COMMAND);
    expect(readFileSync(path.join(REPO, 'scripts', 'check-node.mjs'), 'utf8')).toContain(README_NODE_COMMAND);
  });

  it('passes silently under this Node (>= 22.12)', () => {
    const run = spawnSync(process.execPath, ['scripts/check-node.mjs'], { cwd: REPO, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr + run.stdout).toBe('');
  });

  const oldNode = '/usr/bin/node';
  const oldVersion = spawnSync(oldNode, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  const isOld = /^v(\d+)\.(\d+)/.test(oldVersion) && Number(oldVersion.slice(1).split('.')[0]) < 22;
  it.skipIf(!isOld)(`stops with the way to get Node 22 under an old Node (${oldNode} ${oldVersion})`, () => {
    const run = spawnSync(oldNode, ['scripts/check-node.mjs'], { cwd: REPO, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`需要 Node ≥ 22.12，当前为 ${oldVersion}`);
    expect(run.stderr).toContain(README_NODE_COMMAND);
  });
});

describe('electronBinary (what npm start launches)', () => {
  const withoutOverride = <T>(fn: () => T): T => {
    const saved = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
    try {
      return fn();
    } finally {
      if (saved !== undefined) process.env.ELECTRON_OVERRIDE_DIST_PATH = saved;
    }
  };

  it('is missing when npm ci skipped the download (no path.txt)', () => {
    const root = fakeElectronPackage();
    expect(withoutOverride(() => electronBinary(root))).toBeUndefined();
  });

  it('is missing when path.txt names a binary that is not in dist/', () => {
    const root = fakeElectronPackage();
    writeFileSync(path.join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect(withoutOverride(() => electronBinary(root))).toBeUndefined();
  });

  it('is the binary in dist/ that path.txt names', () => {
    const root = fakeElectronPackage();
    const pkgDir = path.join(root, 'node_modules', 'electron');
    writeFileSync(path.join(pkgDir, 'path.txt'), 'electron');
    mkdirSync(path.join(pkgDir, 'dist'));
    writeFileSync(path.join(pkgDir, 'dist', 'electron'), '');
    expect(withoutOverride(() => electronBinary(root))).toBe(path.join(pkgDir, 'dist', 'electron'));
  });
});

describe('install scripts npm ci skips (README says they are not needed)', () => {
  it('better-sqlite3 opens a database with the addon shipped in its prebuilds/ folder', () => {
    const probe = `const D=require('better-sqlite3');new D(':memory:').prepare('select 1').get();
console.log(Object.keys(require.cache).filter((k)=>k.endsWith('.node')).join('\\n'))`;
    const run = spawnSync(process.execPath, ['-e', probe], { cwd: REPO, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/[\\/]better-sqlite3[\\/]prebuilds[\\/][\w-]+\.node$/);
  });

  it('esbuild transforms with the platform binary npm installs as an optional dependency', async () => {
    const { transform } = await import('esbuild');
    const out = await transform('const a: number = 1', { loader: 'ts' });
    expect(out.code).toBe('const a = 1;\n');
  });
});
