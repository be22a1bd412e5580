/**
 * `electron-builder --dir` for real, for Linux x64 and Windows x64, with electron-builder.yml as
 * `npm run dist` uses it. Only the Electron download cannot happen here, so `electronDist` points
 * at a stand-in: an "electron" file carrying Electron's fuse wire (sentinel + version + states,
 * as @electron/fuses reads it) and, for Windows, a minimal PE so electron-builder can write the
 * icon, version info and asar-integrity resource into the .exe. Everything else — node_modules
 * collection, file patterns, asar + unpack, extraResources, fuses — is electron-builder's own.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../../package.json';
import { loadConfig, packagedResources, REPO, requireBuilderLib, walkFiltered } from './builder';

interface Asar {
  listPackage(archive: string, options: { isPack: boolean }): string[];
  extractAll(archive: string, dest: string): void;
  getRawHeader(archive: string): { headerString: string };
}
interface FuseModule {
  getCurrentFuseWire(file: string): Promise<Record<string, number | string>>;
  FuseV1Options: Record<string, number>;
}
interface ResourceEntry {
  type: string | number;
  id: string | number;
  bin: ArrayBuffer;
}
interface ResEdit {
  NtExecutable: {
    createEmpty(is32Bit: boolean, isDll: boolean): { generate(): ArrayBuffer };
    from(bin: Buffer, options?: { ignoreCert: boolean }): { generate(): ArrayBuffer };
  };
  NtExecutableResource: {
    from(exe: unknown): { entries: ResourceEntry[]; outputResource(exe: unknown): void };
  };
  Resource: {
    VersionInfo: {
      createEmpty(): {
        setStringValues(language: { lang: number; codepage: number }, values: Record<string, string>): void;
        outputToResourceEntries(entries: ResourceEntry[]): void;
      };
      fromEntries(entries: unknown[]): {
        getAllLanguagesForStringValues(): { lang: number; codepage: number }[];
        getStringValues(language: { lang: number; codepage: number }): Record<string, string>;
      }[];
    };
  };
}
interface ElectronBuilder {
  build(options: object): Promise<string[]>;
  Platform: Record<'LINUX' | 'WINDOWS', { createTarget(type: string, ...archs: number[]): unknown }>;
  Arch: Record<'x64', number>;
}

const requireRepo = requireBuilderLib; // resolves electron-builder's own dependency tree
const asar = requireRepo('@electron/asar') as Asar;
const fuses = requireRepo('@electron/fuses') as FuseModule;
const resedit = requireRepo('resedit') as ResEdit;
const builder = requireRepo(path.join(REPO, 'node_modules/electron-builder')) as ElectronBuilder;

/** What Electron loads from dist/electron/: main, the preload, the report worker thread. */
const PROGRAMS = ['main.cjs', 'preload.cjs', 'report-worker.cjs'];
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's shipped defaults, so every fuse the config sets must actually be flipped to pass. */
const DEFAULT_WIRE = '10110001';
const ON = 49;
const OFF = 48;

const stage = mkdtempSync(path.join(os.tmpdir(), 'sfd-pack-'));
afterAll(() => rmSync(stage, { recursive: true, force: true }));

function fuseWire(): Buffer {
  return Buffer.concat([
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE),
  ]);
}

function fakeElectron(dir: string, binary: string, body: Buffer): string {
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  writeFileSync(path.join(dir, 'locales', 'zh-CN.pak'), 'pak');
  writeFileSync(path.join(dir, binary), Buffer.concat([body, fuseWire()]), { mode: 0o755 });
  return dir;
}

/** A minimal 64-bit PE with the one-language version info electron.exe has (electron-builder edits it). */
function standInWindowsExe(): Buffer {
  const exe = resedit.NtExecutable.createEmpty(false, false);
  const resources = resedit.NtExecutableResource.from(exe);
  const info = resedit.Resource.VersionInfo.createEmpty();
  const language = { lang: 1033, codepage: 1200 };
  info.setStringValues(language, { ProductName: 'Electron', FileDescription: 'Electron' });
  info.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  return Buffer.from(exe.generate());
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: REPO, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * The working tree as `npm run dist` packs it, after `npm run build` (which `npm test` runs
 * first). A missing build is made the same way. electron-builder reads the repository itself —
 * a copy with a symlinked node_modules would mislead its npm dependency collector.
 */
function ensureBuilt(): void {
  const programs = PROGRAMS.map((f) => path.join(REPO, 'dist/electron', f));
  if (!programs.every((f) => existsSync(f))) run(process.execPath, ['scripts/build-node.mjs']);
  if (!existsSync(path.join(REPO, 'dist/renderer/index.html'))) {
    run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts']);
  }
}

async function pack(platform: 'LINUX' | 'WINDOWS', electronDist: string, output: string): Promise<void> {
  await builder.build({
    projectDir: REPO,
    targets: builder.Platform[platform].createTarget('dir', builder.Arch.x64),
    config: { electronDist, directories: { output } },
  });
}

const linuxOut = path.join(stage, 'out-linux', 'linux-unpacked');
const winOut = path.join(stage, 'out-win', 'win-unpacked');

beforeAll(async () => {
  ensureBuilt();
  const linuxElectron = fakeElectron(path.join(stage, 'electron-linux'), 'electron', Buffer.alloc(256, 0x7f));
  const winElectronBody = standInWindowsExe();
  const winElectron = fakeElectron(path.join(stage, 'electron-win'), 'electron.exe', winElectronBody);
  await pack('LINUX', linuxElectron, path.dirname(linuxOut));
  await pack('WINDOWS', winElectron, path.dirname(winOut));
}, 180_000);

const productionDeps = Object.keys(pkg.dependencies);
const devDeps = Object.keys(pkg.devDependencies);
const FONT_PACKAGES = /^@expo-google-fonts\//;

/** Top-level package names inside an archive listing. */
function packagesIn(listing: string[]): Set<string> {
  const names = new Set<string>();
  for (const entry of listing) {
    const match = /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(entry.split(path.sep).join('/'));
    if (match?.[1]) names.add(match[1]);
  }
  return names;
}

function appFilesIn(listing: string[]): string[] {
  return listing
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => !entry.startsWith('/node_modules'))
    .filter((entry) => path.extname(entry) !== '')
    .sort();
}

function listFiles(dir: string): string[] {
  return walkFiltered(dir, () => true)
    .map((f) => path.relative(dir, f).split(path.sep).join('/'))
    .sort();
}

describe.each([
  ['linux', linuxOut, 'zhizao-zizhen', 'linux-x64'],
  ['win', winOut, 'zhizao-zizhen.exe', 'win32-x64'],
] as const)('electron-builder --%s --x64 --dir', (os, out, executable, prebuild) => {
  const archive = () => path.join(out, 'resources', 'app.asar');
  const listing = () => asar.listPackage(archive(), { isPack: false });

  it('names the executable in ASCII', () => {
    expect(existsSync(path.join(out, executable))).toBe(true);
  });

  it('archives only package.json, the three programs and the built renderer', () => {
    const renderer = listFiles(path.join(REPO, 'dist/renderer')).map((f) => `/dist/renderer/${f}`);
    expect(appFilesIn(listing())).toEqual(
      ['/package.json', ...PROGRAMS.map((f) => `/dist/electron/${f}`), ...renderer].sort(),
    );
  });

  it('archives the production dependencies and no development one', () => {
    const packages = packagesIn(listing());
    for (const dep of productionDeps.filter((d) => !FONT_PACKAGES.test(d)))
      expect(packages, dep).toContain(dep);
    for (const dep of devDeps) expect(packages, dep).not.toContain(dep);
    expect([...packages].filter((p) => FONT_PACKAGES.test(p))).toEqual([]);
  });

  it('unpacks the one better-sqlite3 binary this platform loads', () => {
    const prebuilds = path.join(
      out,
      'resources',
      'app.asar.unpacked',
      'node_modules',
      'better-sqlite3',
      'prebuilds',
    );
    const expected = os === 'win' ? [`${prebuild}.node`] : [`${prebuild}.node`, 'linuxmusl-x64.node'];
    expect(readdirSync(prebuilds).sort()).toEqual(expected.sort());
  });

  it('copies exactly the extraResources the file-pattern tests expect', async () => {
    const expected = [...packagedResources(await loadConfig(), os, 'x64').keys()].sort();
    const actual = listFiles(path.join(out, 'resources', 'app-resources')).map((f) => `app-resources/${f}`);
    expect(actual).toEqual(expected);
  });

  it('flips the fuses in the executable', async () => {
    const wire = await fuses.getCurrentFuseWire(path.join(out, executable));
    const state = (name: string) => wire[String(fuses.FuseV1Options[name])];
    expect(state('RunAsNode')).toBe(OFF);
    expect(state('EnableNodeOptionsEnvironmentVariable')).toBe(OFF);
    expect(state('EnableNodeCliInspectArguments')).toBe(OFF);
    expect(state('EnableCookieEncryption')).toBe(ON);
    expect(state('OnlyLoadAppFromAsar')).toBe(ON);
    expect(state('EnableEmbeddedAsarIntegrityValidation')).toBe(ON);
    expect(state('GrantFileProtocolExtraPrivileges')).toBe(OFF);
  });
});

describe('the Windows executable', () => {
  const resources = () => {
    const exe = resedit.NtExecutable.from(readFileSync(path.join(winOut, 'zhizao-zizhen.exe')), {
      ignoreCert: true,
    });
    return resedit.NtExecutableResource.from(exe).entries;
  };

  it('carries the asar integrity Electron checks at start-up, matching the archive header', () => {
    const entry = resources().find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR');
    expect(entry).toBeDefined();
    const records = JSON.parse(Buffer.from(entry?.bin ?? new ArrayBuffer(0)).toString('utf8')) as {
      file: string;
      alg: string;
      value: string;
    }[];
    const header = asar.getRawHeader(path.join(winOut, 'resources', 'app.asar')).headerString;
    expect(records).toEqual([
      {
        file: 'resources\\app.asar',
        alg: 'SHA256',
        value: createHash('sha256').update(header).digest('hex'),
      },
    ]);
  });

  it('carries the product name, version and the app icon', () => {
    const entries = resources();
    const [info] = resedit.Resource.VersionInfo.fromEntries(entries);
    const language = info?.getAllLanguagesForStringValues()[0];
    expect(info && language ? info.getStringValues(language) : {}).toMatchObject({
      ProductName: '智造自诊',
      FileDescription: '智造自诊',
      FileVersion: pkg.version,
    });
    // RT_GROUP_ICON (14) with the seven sizes of build/icon.ico
    const group = entries.find((e) => e.type === 14);
    expect(group && Buffer.from(group.bin).readUInt16LE(4)).toBe(7);
  });
});

describe('the packaged node_modules run', () => {
  it('loads every production dependency, and better-sqlite3 opens a database, from the extracted archive', () => {
    const app = path.join(stage, 'extracted');
    asar.extractAll(path.join(linuxOut, 'resources', 'app.asar'), app);
    const modules = productionDeps.filter((d) => !FONT_PACKAGES.test(d));
    const script = `
      const { createRequire } = require('node:module');
      const load = createRequire(require('node:path').join(process.cwd(), 'package.json'));
      for (const name of ${JSON.stringify(modules)}) load(name);
      const Database = load('better-sqlite3');
      const db = new Database(':memory:');
      console.log(JSON.stringify({ sqlite: db.prepare('select sqlite_version() as v').get().v }));`;
    const { NODE_PATH: _ignored, ...env } = process.env;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: app, env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ sqlite: expect.stringMatching(/^3\.\d+\.\d+$/) });
  });
});
