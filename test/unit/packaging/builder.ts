/**
 * electron-builder's own code, loaded from node_modules so the tests judge electron-builder.yml
 * exactly as `npm run dist` will: its config loader, its validation (ajv over scheme.json), its
 * file matchers (minimatch with its default exclusions). These modules are CommonJS without
 * types; the interfaces below declare the few members the tests use.
 */
import { existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');
const requireHere = createRequire(path.join(REPO, 'package.json'));
/** app-builder-lib's own dependencies (ajv, minimatch, resedit) resolve from its folder */
export const BUILDER_LIB_DIR = path.dirname(requireHere.resolve('app-builder-lib/package.json'));
export const requireBuilderLib = createRequire(path.join(BUILDER_LIB_DIR, 'package.json'));

export type BuilderConfig = Record<string, unknown> & {
  readonly files?: unknown;
  readonly extraResources?: unknown;
  readonly directories?: { readonly buildResources?: string; readonly output?: string };
};

interface DebugLogger {
  readonly isEnabled: boolean;
  add(key: string, value: unknown): void;
}

interface ConfigModule {
  getConfig(
    projectDir: string,
    configPath: string | null,
    configFromOptions: unknown,
  ): Promise<BuilderConfig>;
  validateConfiguration(config: unknown, debugLogger: DebugLogger): Promise<void>;
}

export type Filter = (file: string, stat: Pick<Stats, 'isDirectory'>) => boolean;

export interface FileMatcher {
  readonly from: string;
  readonly to: string;
  readonly patterns: string[];
  isEmpty(): boolean;
  containsOnlyIgnore(): boolean;
  prependPattern(pattern: string): void;
  createFilter(): Filter;
}

interface FileMatcherModule {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: Record<string, unknown>,
    platformPackager: unknown,
    outDir: string,
    isElectronCompile: boolean,
  ): FileMatcher[];
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: Record<string, unknown>,
    packager: unknown,
  ): FileMatcher;
  getFileMatchers(
    config: BuilderConfig,
    name: 'files' | 'extraResources',
    defaultDestination: string,
    options: {
      macroExpander: (pattern: string) => string;
      customBuildOptions: Record<string, unknown>;
      globalOutDir: string;
      defaultSrc: string;
    },
  ): FileMatcher[] | null;
  copyFiles(matchers: FileMatcher[], transformer: null, isUseHardLink: boolean): Promise<unknown>;
}

const configModule = requireBuilderLib('./out/util/config/config') as ConfigModule;
export const fileMatcher = requireBuilderLib('./out/fileMatcher') as FileMatcherModule;

const noDebug: DebugLogger = { isEnabled: false, add: () => undefined };

/** electron-builder.yml as electron-builder loads it (normalised file sets, defaults merged). */
export function loadConfig(projectDir: string = REPO): Promise<BuilderConfig> {
  return configModule.getConfig(projectDir, null, null);
}

/** electron-builder's validation: deprecated-option checks, then its JSON schema. Throws when invalid. */
export function validateConfig(config: unknown): Promise<void> {
  return configModule.validateConfiguration(structuredClone(config), noDebug);
}

export type Os = 'win' | 'linux';
export type BuildArch = 'x64' | 'arm64';

/** What electron-builder expands in patterns: ${os} is the platform's config key, ${arch} the arch. */
export function macroExpander(os: Os, arch: BuildArch): (pattern: string) => string {
  return (pattern) =>
    pattern.replace(/\$\{([^}]+)\}/g, (_m, name: string) => {
      if (name === 'os') return os;
      if (name === 'arch') return arch;
      throw new Error(`macro \${${name}} in a file pattern is not modelled by these tests`);
    });
}

function platformOptions(config: BuilderConfig, os: Os): Record<string, unknown> {
  const options = config[os];
  return typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
}

/** The just-enough stand-in for electron-builder's platform packager that its matchers read. */
function packagerStub(config: BuilderConfig) {
  const info = {
    projectDir: REPO,
    buildResourcesDir: path.join(REPO, config.directories?.buildResources ?? 'build'),
    config,
    isPrepackedAppAsar: false,
    debugLogger: noDebug,
  };
  return { info, config, debugLogger: noDebug };
}

/** The filter electron-builder applies to the app's own files (not node_modules) for a target. */
export function appFileFilter(config: BuilderConfig, os: Os, arch: BuildArch): Filter {
  const expand = macroExpander(os, arch);
  const outDir = path.join(REPO, 'release');
  const matchers = fileMatcher.getMainFileMatchers(
    REPO,
    '/app',
    expand,
    platformOptions(config, os),
    packagerStub(config),
    outDir,
    false,
  );
  const main = matchers[0];
  if (!main || matchers.length !== 1) throw new Error('expected one file set for the app files');
  return main.createFilter();
}

/** The filter electron-builder applies inside each production dependency (relative to node_modules/<dep>). */
export function nodeModuleFilter(
  config: BuilderConfig,
  os: Os,
  arch: BuildArch,
): (relative: string) => boolean {
  const expand = macroExpander(os, arch);
  const matcher = fileMatcher.getNodeModuleFileMatcher(
    REPO,
    '/app',
    expand,
    platformOptions(config, os),
    packagerStub(config),
  );
  const filter = matcher.createFilter();
  return (relative) => filter(path.join(REPO, relative), { isDirectory: () => false });
}

/** The extraResources file sets, destinations relative to the packaged resources folder. */
export function extraResourceMatchers(config: BuilderConfig, os: Os, arch: BuildArch, resourcesDir: string) {
  return (
    fileMatcher.getFileMatchers(config, 'extraResources', resourcesDir, {
      macroExpander: macroExpander(os, arch),
      customBuildOptions: platformOptions(config, os),
      globalOutDir: path.join(REPO, 'release'),
      defaultSrc: REPO,
    }) ?? []
  );
}

/** Files under dir that pass filter, walked as electron-builder walks (a rejected folder is skipped whole). */
export function walkFiltered(dir: string, filter: Filter): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const isDirectory = entry.isDirectory();
    if (!filter(file, { isDirectory: () => isDirectory })) continue;
    if (isDirectory) found.push(...walkFiltered(file, filter));
    else found.push(file);
  }
  return found;
}

/**
 * Every file extraResources puts in the packaged resources folder: packaged path (relative to
 * <resources>, with '/') → source file. Computed with electron-builder's matchers and filters.
 */
export function packagedResources(config: BuilderConfig, os: Os, arch: BuildArch): Map<string, string> {
  const base = path.join(REPO, '.packaged-resources');
  const result = new Map<string, string>();
  const add = (source: string, destination: string) =>
    result.set(path.relative(base, destination).split(path.sep).join('/'), source);
  for (const matcher of extraResourceMatchers(config, os, arch, base)) {
    if (!existsSync(matcher.from)) throw new Error(`extraResources source missing: ${matcher.from}`);
    if (statSync(matcher.from).isFile()) {
      add(matcher.from, matcher.to);
      continue;
    }
    if (matcher.isEmpty() || matcher.containsOnlyIgnore()) matcher.prependPattern('**/*');
    for (const file of walkFiltered(matcher.from, matcher.createFilter())) {
      add(file, path.join(matcher.to, path.relative(matcher.from, file)));
    }
  }
  return result;
}
