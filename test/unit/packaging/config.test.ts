import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_EXTENSION } from '../../../electron/services/bundle/format';
import pkg from '../../../package.json';
import {
  BUILDER_LIB_DIR,
  loadConfig,
  REPO,
  requireBuilderLib,
  validateConfig,
  type BuilderConfig,
} from './builder';

const CONFIG_FILE = path.join(REPO, 'electron-builder.yml');
const raw = (): Record<string, unknown> =>
  parse(readFileSync(CONFIG_FILE, 'utf8')) as Record<string, unknown>;

interface TargetEntry {
  target: string;
  arch: string[];
}

function targets(config: BuilderConfig, os: 'win' | 'linux'): TargetEntry[] {
  return ((config[os] as { target: TargetEntry[] }).target ?? []).map((t) => ({
    target: t.target,
    arch: t.arch,
  }));
}

describe('electron-builder.yml against electron-builder 26 itself', () => {
  let config: BuilderConfig;
  beforeAll(async () => {
    config = await loadConfig();
  });

  it('passes electron-builder’s own validation (deprecations + scheme.json via its ajv)', async () => {
    await expect(validateConfig(config)).resolves.toBeUndefined();
  });

  it('passes scheme.json with a strict, independent ajv as well', () => {
    type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
    const Ajv = (
      requireBuilderLib('ajv') as { default: new (o: object) => { compile(s: unknown): Validate } }
    ).default;
    const schema: unknown = JSON.parse(readFileSync(path.join(BUILDER_LIB_DIR, 'scheme.json'), 'utf8'));
    // no type coercion: a "true" string where a boolean belongs would be an error here
    const validate = new Ajv({ allErrors: true, strict: false, coerceTypes: false }).compile(schema);
    const ok = validate(raw());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects what the schema forbids, so the two checks above can fail', async () => {
    await expect(
      validateConfig({ ...config, nsis: { ...(config.nsis as object), perMachine: 'nope' } }),
    ).rejects.toThrow(/perMachine/);
    await expect(validateConfig({ ...config, electronFuses: { runAsNodee: false } })).rejects.toThrow(
      /configuration\.electronFuses/,
    );
  });

  it('names the app and matches package.json', () => {
    expect(config.appId).toBe('cn.zhizao.zizhen');
    expect(config.productName).toBe('智造自诊');
    expect(pkg.productName).toBe(config.productName);
    // the main field is what electron-builder checks is inside the archive
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('sets the fuses the security checklist asks for', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.asar).toBe(true);
  });

  it('ships better-sqlite3’s own Node-API prebuilds: no rebuild, unpacked from the archive', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining([expect.stringMatching(/better-sqlite3.*\.node$/)]),
    );
    const addonPkg = JSON.parse(
      readFileSync(path.join(REPO, 'node_modules/better-sqlite3/package.json'), 'utf8'),
    ) as {
      version: string;
    };
    expect(Number(addonPkg.version.split('.')[0])).toBeGreaterThanOrEqual(13);
    for (const target of ['win32-x64', 'linux-x64', 'linux-arm64']) {
      expect(existsSync(path.join(REPO, 'node_modules/better-sqlite3/prebuilds', `${target}.node`))).toBe(
        true,
      );
    }
  });

  it('builds NSIS + portable for Windows x64 and AppImage + deb for Linux x64 and arm64', () => {
    expect(targets(config, 'win')).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(targets(config, 'linux')).toEqual([
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ]);
    expect(config.publish).toBeNull();
  });

  it('installs per user, without admin rights, in Chinese, with both shortcuts and never deleting data', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
      language: '2052',
      installerLanguages: ['zh_CN'],
    });
    expect(config.portable).toMatchObject({ requestExecutionLevel: 'user' });
    // the NSIS include skips the "anyone / only me" page by forcing the current user
    const include = readFileSync(
      path.join(REPO, 'build', String((config.nsis as { include: string }).include)),
      'utf8',
    );
    expect(include).toMatch(/!macro customInstallMode\s+StrCpy \$isForceCurrentInstall "1"\s+!macroend/);
  });

  it('associates the bundle extension the bundle module writes', () => {
    const associations = config.fileAssociations as { ext: string; icon: string; mimeType: string }[];
    expect(associations.map((a) => `.${a.ext}`)).toEqual([BUNDLE_EXTENSION]);
    expect(existsSync(path.join(REPO, 'build', `${associations[0]?.icon}.ico`))).toBe(true);
    expect(associations[0]?.mimeType).toMatch(/^application\//);
  });

  it('writes artifacts with ASCII names (deb tooling and some Windows scanners reject others)', () => {
    const names = ['nsis', 'portable', 'appImage', 'deb'].map(
      (key) => (config[key] as { artifactName: string }).artifactName,
    );
    for (const name of names) expect(name).toMatch(/^[\x20-\x7e]+$/);
    expect(config.executableName).toMatch(/^[a-z0-9-]+$/);
  });
});
