import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The one place that knows where bundled read-only resources (models, catalogs, fonts) live:
 * - packaged Electron: <resources>/app-resources/… (electron-builder extraResources)
 * - dev, web shell, CLI, tests: the repository root (found by walking up to package.json)
 * SFD_RESOURCES overrides both (used by tests of the packaged layout).
 */
export interface ResourceLayout {
  readonly root: string;
  readonly packaged: boolean;
}

const PACKAGED_DIR = 'app-resources';

function findRepoRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'assessments'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function resourceLayout(
  env: NodeJS.ProcessEnv = process.env,
  resourcesPath: string | undefined = (process as { resourcesPath?: string }).resourcesPath,
  here: string = typeof __dirname === 'string' ? __dirname : process.cwd(),
): ResourceLayout {
  if (env.SFD_RESOURCES) return { root: path.resolve(env.SFD_RESOURCES), packaged: false };
  if (resourcesPath && existsSync(path.join(resourcesPath, PACKAGED_DIR))) {
    return { root: path.join(resourcesPath, PACKAGED_DIR), packaged: true };
  }
  const repo = findRepoRoot(here) ?? findRepoRoot(process.cwd());
  if (!repo) throw new Error(`cannot locate app resources from ${here}`);
  return { root: repo, packaged: false };
}

let cached: ResourceLayout | undefined;

/** Absolute path of a bundled resource, e.g. resourcePath('assessments', 'models'). */
export function resourcePath(...parts: string[]): string {
  cached ??= resourceLayout();
  return path.join(cached.root, ...parts);
}
