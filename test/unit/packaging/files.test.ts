/**
 * What goes into the installers, judged with electron-builder's own matchers: every file the app
 * loads at run time is packaged, and nothing a developer or a test uses is.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODEL_FILE } from '../../../electron/services/catalog/models';
import {
  fontCandidates,
  type FontScript,
  type FontWeight,
} from '../../../electron/services/report/font-files';
import {
  appFileFilter,
  loadConfig,
  nodeModuleFilter,
  packagedResources,
  REPO,
  walkFiltered,
  type BuilderConfig,
  type BuildArch,
  type Os,
} from './builder';

const TARGETS: [Os, BuildArch][] = [
  ['win', 'x64'],
  ['linux', 'x64'],
  ['linux', 'arm64'],
];
const file = { isDirectory: () => false };
const repoFile = (relative: string) => path.join(REPO, relative);

/** Files of a source folder with one of the extensions, relative to the repository, recursive. */
function sourceFiles(folder: string, extensions: string[]): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(repoFile(folder), { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && extensions.includes(path.extname(entry.name))) {
      found.push(path.relative(REPO, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    }
  }
  return found.sort();
}

/** Every model pack the registry loads: assessments/models/<id>/<version>/model.yaml. */
function modelPackFiles(): string[] {
  const root = repoFile('assessments/models');
  return readdirSync(root, { withFileTypes: true })
    .filter((id) => id.isDirectory())
    .flatMap((id) =>
      readdirSync(path.join(root, id.name)).map(
        (version) => `assessments/models/${id.name}/${version}/${MODEL_FILE}`,
      ),
    )
    .filter((relative) => existsSync(repoFile(relative)));
}

let config: BuilderConfig;
beforeAll(async () => {
  config = await loadConfig();
});

describe.each(TARGETS)('app.asar for %s %s', (os, arch) => {
  it('takes the programs Electron runs and the built renderer', () => {
    const included = appFileFilter(config, os, arch);
    const runtime = [
      'package.json',
      'dist/electron/main.cjs', // package.json "main"
      'dist/electron/preload.cjs', // main.ts: path.join(__dirname, 'preload.cjs')
      'dist/electron/report-worker.cjs', // report/renderer.ts: the worker thread beside main.cjs
      'dist/renderer/index.html', // main.ts: appPath('dist', 'renderer') over app://
      'dist/renderer/assets/index-Ab12Cd34.js',
      'dist/renderer/assets/index-Ab12Cd34.css',
    ];
    for (const relative of runtime) expect(included(repoFile(relative), file), relative).toBe(true);
  });

  it('leaves out sources, tests, tooling, source maps and the data that ships beside the archive', () => {
    const included = appFileFilter(config, os, arch);
    const devOnly = [
      'electron/main.ts',
      'electron/services/resources.ts',
      'renderer/src/main.tsx',
      'assessments/engine/answer.ts',
      'assessments/models/smart-factory-tiers/2025.2/model.yaml',
      'test/unit/packaging/files.test.ts',
      'test/fixtures/db/v1.sqlite',
      'test-results/unit-results.json',
      'scripts/make-icons.mjs',
      'dist/electron/main.cjs.map',
      'dist/electron/web-shell.cjs',
      'dist/electron/models-check.cjs',
      'dist/electron/bench.cjs',
      'dist/electron/cli.cjs',
      'build/icon.ico',
      'build/installer.nsh',
      'electron-builder.yml',
      'package-lock.json',
      'tsconfig.base.json',
      'vitest.config.ts',
      'eslint.config.js',
      '.ci/run',
      'README.md',
      'docs/bundle-format.md',
      'release/0.1.0/zhizao-zizhen-0.1.0-setup-x64.exe',
    ];
    for (const relative of devOnly) expect(included(repoFile(relative), file), relative).toBe(false);
  });

  it('selects, from the real working tree, only package.json and built output', () => {
    const filter = appFileFilter(config, os, arch);
    const skip = new Set(['node_modules', '.git']);
    const walked = walkFiltered(REPO, (f, stat) => !skip.has(path.basename(f)) && filter(f, stat));
    const relative = walked.map((f) => path.relative(REPO, f).split(path.sep).join('/'));
    expect(relative).toContain('package.json');
    const unexpected = relative.filter(
      (f) =>
        f !== 'package.json' &&
        !/^dist\/electron\/(main|preload|report-worker)\.cjs$/.test(f) &&
        !f.startsWith('dist/renderer/'),
    );
    expect(unexpected).toEqual([]);
  });
});

describe.each(TARGETS)('production node_modules for %s %s', (os, arch) => {
  const prebuild = (name: string) => `node_modules/better-sqlite3/prebuilds/${name}.node`;
  const allPrebuilds = readdirSync(repoFile('node_modules/better-sqlite3/prebuilds')).map((f) =>
    f.replace(/\.node$/, ''),
  );

  it('keeps exactly the better-sqlite3 binaries this target can load', () => {
    const included = nodeModuleFilter(config, os, arch);
    const kept = allPrebuilds.filter((name) => included(prebuild(name))).sort();
    const expected = os === 'win' ? [`win32-${arch}`] : [`linux-${arch}`, `linuxmusl-${arch}`];
    expect(kept).toEqual(expected.filter((name) => allPrebuilds.includes(name)).sort());
    expect(kept).toContain(os === 'win' ? `win32-${arch}` : `linux-${arch}`);
    expect(included('node_modules/better-sqlite3/lib/index.js')).toBe(true);
  });

  it('trims build-only and browser-only files but keeps what Node requires', () => {
    const included = nodeModuleFilter(config, os, arch);
    for (const kept of [
      'node_modules/echarts/dist/echarts.js',
      'node_modules/echarts/index.js',
      'node_modules/echarts/lib/echarts.js',
      'node_modules/pdfkit/js/pdfkit.js',
      'node_modules/zod/package.json',
    ]) {
      expect(included(kept), kept).toBe(true);
    }
    for (const dropped of [
      'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/node-addon-api/napi.h',
      'node_modules/echarts/dist/echarts.esm.mjs',
      'node_modules/echarts/dist/echarts.min.js',
      'node_modules/echarts/dist/echarts.js.map',
    ]) {
      expect(included(dropped), dropped).toBe(false);
    }
  });
});

describe.each(TARGETS)('extraResources for %s %s', (os, arch) => {
  let packaged: Map<string, string>;
  beforeAll(() => {
    packaged = packagedResources(config, os, arch);
  });
  const inPackage = (relative: string) => `app-resources/${relative}`;

  it('ships every questionnaire model, policy and scenario catalog, schema and message catalog', () => {
    const expected = [
      ...modelPackFiles(),
      ...sourceFiles('assessments/policies', ['.yaml']),
      ...sourceFiles('assessments/scenarios', ['.yaml']),
      ...sourceFiles('assessments/i18n', ['.json']),
      ...sourceFiles('assessments/schemas', ['.json']),
    ];
    expect(modelPackFiles().length).toBeGreaterThan(0);
    expect(expected).toContain('assessments/policies/index.yaml');
    for (const relative of expected) {
      expect(packaged.get(inPackage(relative)), relative).toBe(repoFile(relative));
    }
  });

  it('puts each report font where report/fonts.ts looks first, with its OFL licence', () => {
    const scripts: FontScript[] = ['sc', 'tc'];
    const weights: FontWeight[] = ['regular', 'bold'];
    for (const script of scripts) {
      for (const weight of weights) {
        const [packagedCandidate, devCandidate] = fontCandidates(script, weight, (...parts) =>
          inPackage(parts.join('/')),
        );
        const source = packaged.get(packagedCandidate ?? '');
        expect(source, packagedCandidate).toBeDefined();
        // the very file the repository layout uses in dev
        expect(source).toBe(repoFile(devCandidate?.replace(/^app-resources\//, '') ?? ''));
      }
    }
    expect(packaged.get(inPackage('fonts/OFL.txt'))).toBe(repoFile('build/fonts/OFL.txt'));
  });

  it('ships nothing else: no sources, tests or notes, all under app-resources/', () => {
    for (const [destination, source] of packaged) {
      expect(destination).toMatch(/^app-resources\//);
      expect(destination).toMatch(/\.(ya?ml|json|ttf|txt)$/);
      expect(source).not.toMatch(/[\\/](test|tests|__tests__)[\\/]|\.test\.|\.ts$/);
    }
  });
});
