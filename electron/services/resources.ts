import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The one place that knows where the app's files are, in every way it runs:
 *
 * | how it runs                    | resources (models, catalogs, fonts, i18n) | app files (dist/…)        |
 * |--------------------------------|-------------------------------------------|---------------------------|
 * | packaged Electron              | <resourcesPath>/app-resources/            | <resourcesPath>/app.asar/ |
 * | `electron .`, web shell, CLI,  | the repository root                       | the repository root       |
 * | tests                          |                                           |                           |
 *
 * Under app-resources/ every file keeps its repository path (electron-builder.yml extraResources),
 * so resourcePath('assessments', 'models') names the same folder in both layouts. The CJK fonts
 * are the one exception: packaged they sit flat in app-resources/fonts/, in the repository they
 * stay in node_modules/@expo-google-fonts/ (report/fonts.ts locateFont tries both).
 * SFD_RESOURCES points an unpackaged run at another resources folder; a packaged app ignores it,
 * so an environment variable cannot swap the catalogs of an installed app.
 */
export interface ResourceLayout {
  /** read-only data shipped with the app (extraResources when packaged) */
  readonly root: string;
  /** the folder holding package.json and dist/ (app.asar when packaged) */
  readonly appRoot: string;
  readonly packaged: boolean;
}

export interface LayoutProbe {
  readonly env?: NodeJS.ProcessEnv;
  /** Electron's process.resourcesPath; undefined under plain Node */
  readonly resourcesPath?: string | undefined;
  /** the folder of the running bundle (dist/electron/ or, under vitest, electron/services/) */
  readonly here?: string;
}

export const PACKAGED_RESOURCES_DIR = 'app-resources';

function findUp(start: string, isRoot: (dir: string) => boolean): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (isRoot(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const isRepoRoot = (dir: string) =>
  existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'assessments'));
const isAppRoot = (dir: string) => existsSync(path.join(dir, 'package.json'));

/**
 * The resources folder a bundle inside app.asar belongs to. Electron sets process.resourcesPath in
 * the main process; a worker thread (the report worker) may not have it, but its own path tells.
 */
function resourcesPathOf(here: string): string | undefined {
  const at = here.split(path.sep).lastIndexOf('app.asar');
  return at > 0 ? here.split(path.sep).slice(0, at).join(path.sep) : undefined;
}

function defaultHere(): string {
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

export function resourceLayout(probe: LayoutProbe = {}): ResourceLayout {
  const env = probe.env ?? process.env;
  const here = probe.here ?? defaultHere();
  const resourcesPath =
    ('resourcesPath' in probe
      ? probe.resourcesPath
      : (process as { resourcesPath?: string }).resourcesPath) ?? resourcesPathOf(here);

  if (resourcesPath && existsSync(path.join(resourcesPath, PACKAGED_RESOURCES_DIR))) {
    // Electron's fs reads inside app.asar, so the walk up from dist/electron finds its package.json
    const appRoot = findUp(here, isAppRoot) ?? path.join(resourcesPath, 'app.asar');
    return { root: path.join(resourcesPath, PACKAGED_RESOURCES_DIR), appRoot, packaged: true };
  }
  const repo = findUp(here, isRepoRoot) ?? findUp(process.cwd(), isRepoRoot);
  if (!repo) throw new Error(`找不到应用资源：从 ${here} 向上没有找到包含 assessments/ 的应用目录`);
  const root = env.SFD_RESOURCES ? path.resolve(env.SFD_RESOURCES) : repo;
  return { root, appRoot: repo, packaged: false };
}

let cached: ResourceLayout | undefined;

function layout(): ResourceLayout {
  cached ??= resourceLayout();
  return cached;
}

/** Absolute path of a bundled read-only resource, e.g. resourcePath('assessments', 'models'). */
export function resourcePath(...parts: string[]): string {
  return path.join(layout().root, ...parts);
}

/** Absolute path of a file of the app itself, e.g. appPath('dist', 'renderer') (inside app.asar when packaged). */
export function appPath(...parts: string[]): string {
  return path.join(layout().appRoot, ...parts);
}

/** Forgets the cached layout (tests that switch layouts). */
export function resetResourceLayout(): void {
  cached = undefined;
}
