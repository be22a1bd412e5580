/**
 * resources.ts in each way the app runs: dev (`electron .`, vitest), web shell and CLI (bundles in
 * dist/electron), and packaged (a fake resources folder filled by electron-builder's own copy of
 * the extraResources, then read by the real catalog, model and font loaders).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelRegistry } from '../../../electron/services/catalog/models';
import { createPolicyCatalogService } from '../../../electron/services/catalog/policies';
import { locateFont } from '../../../electron/services/report/font-files';
import {
  PACKAGED_RESOURCES_DIR,
  resourceLayout,
  type ResourceLayout,
} from '../../../electron/services/resources';
import { extraResourceMatchers, fileMatcher, loadConfig, REPO } from './builder';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sfd-resources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const at =
  (layout: ResourceLayout) =>
  (...parts: string[]) =>
    path.join(layout.root, ...parts);

describe('unpackaged layouts resolve to the repository', () => {
  it('dev and tests: from electron/services/, with no Electron resources path', () => {
    const layout = resourceLayout({
      env: {},
      resourcesPath: undefined,
      here: path.join(REPO, 'electron/services'),
    });
    expect(layout).toEqual({ root: REPO, appRoot: REPO, packaged: false });
  });

  it('`electron .`: Electron’s own resources folder has no app-resources, so the repository wins', () => {
    const electronResources = path.join(tmp, 'electron-dist', 'resources');
    mkdirSync(electronResources, { recursive: true });
    const layout = resourceLayout({
      env: {},
      resourcesPath: electronResources,
      here: path.join(REPO, 'dist/electron'),
    });
    expect(layout).toEqual({ root: REPO, appRoot: REPO, packaged: false });
  });

  it('web shell and CLI: the bundle in dist/electron/, started from any working directory', () => {
    const cwd = process.cwd();
    process.chdir(os.tmpdir());
    try {
      const layout = resourceLayout({
        env: {},
        resourcesPath: undefined,
        here: path.join(REPO, 'dist/electron'),
      });
      expect(layout.root).toBe(REPO);
      expect(layout.appRoot).toBe(REPO);
    } finally {
      process.chdir(cwd);
    }
  });

  it('SFD_RESOURCES points an unpackaged run at another resources folder, app files stay put', () => {
    const other = path.join(tmp, 'other-resources');
    const layout = resourceLayout({ env: { SFD_RESOURCES: other }, resourcesPath: undefined, here: REPO });
    expect(layout).toEqual({ root: other, appRoot: REPO, packaged: false });
  });

  it('says what is missing when no layout fits', () => {
    const cwd = process.cwd();
    const nowhere = mkdtempSync(path.join(tmp, 'nowhere-'));
    process.chdir(nowhere);
    try {
      expect(() => resourceLayout({ env: {}, resourcesPath: undefined, here: nowhere })).toThrow(
        /找不到应用资源/,
      );
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('packaged layout: <resourcesPath>/app-resources beside app.asar', () => {
  const resources = path.join(tmp, 'installed', 'resources');
  const bundleDir = path.join(resources, 'app.asar', 'dist', 'electron');
  let layout: ResourceLayout;

  beforeAll(async () => {
    // electron-builder's own copy of the extraResources, as `npm run dist` makes it
    const config = await loadConfig();
    await fileMatcher.copyFiles(extraResourceMatchers(config, 'win', 'x64', resources), null, false);
    // app.asar stands in as a folder: Electron reads inside the archive the same way
    mkdirSync(bundleDir, { recursive: true });
    writeFileSync(
      path.join(resources, 'app.asar', 'package.json'),
      readFileSync(path.join(REPO, 'package.json')),
    );
    layout = resourceLayout({ env: {}, resourcesPath: resources, here: bundleDir });
  });

  it('finds app-resources and the archive holding dist/', () => {
    expect(layout).toEqual({
      root: path.join(resources, PACKAGED_RESOURCES_DIR),
      appRoot: path.join(resources, 'app.asar'),
      packaged: true,
    });
  });

  it('finds the same layout from a worker thread, which may lack process.resourcesPath', () => {
    expect(resourceLayout({ env: {}, resourcesPath: undefined, here: bundleDir })).toEqual(layout);
  });

  it('ignores SFD_RESOURCES: an environment variable cannot swap an installed app’s catalogs', () => {
    const env = { SFD_RESOURCES: path.join(tmp, 'elsewhere') };
    expect(resourceLayout({ env, resourcesPath: resources, here: bundleDir }).root).toBe(layout.root);
  });

  it('loads every questionnaire model from the packaged copy, as from the repository', () => {
    const packaged = createModelRegistry(at(layout)('assessments', 'models'));
    const repository = createModelRegistry(path.join(REPO, 'assessments', 'models'));
    expect(packaged.list().length).toBeGreaterThan(0);
    expect(packaged.list()).toEqual(repository.list());
    expect(packaged.issues()).toEqual(repository.issues());
  });

  it('loads the policy and scenario catalogs from the packaged copy', () => {
    const packaged = createPolicyCatalogService(
      at(layout)('assessments', 'policies'),
      at(layout)('assessments', 'scenarios'),
    ).load();
    const repository = createPolicyCatalogService(
      path.join(REPO, 'assessments', 'policies'),
      path.join(REPO, 'assessments', 'scenarios'),
    ).load();
    expect(packaged.policy.version).toBe(repository.policy.version);
    expect(packaged.policy.documents.length).toBe(repository.policy.documents.length);
    expect(packaged.scenarios.length).toBe(repository.scenarios.length);
  });

  it('finds the report fonts in app-resources/fonts, not in node_modules', () => {
    for (const script of ['sc', 'tc'] as const) {
      for (const weight of ['regular', 'bold'] as const) {
        const found = locateFont(script, weight, at(layout));
        expect(path.dirname(found)).toBe(path.join(layout.root, 'fonts'));
        expect(readFileSync(found).readUInt32BE(0)).toBe(0x00010000); // a TrueType file
      }
    }
  });
});
