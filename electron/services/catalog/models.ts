import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildQuestionnaire, type Questionnaire } from '@engine/model/questionnaire';
import type { ModelPack } from '@engine/model/schema';
import { checkPacks, parsePack, type PackIssue } from '@engine/model/validate';
import { compareVersions } from '@engine/model/version';
import type { RespondentRole } from '@engine/model/roles';
import { resourcePath } from '../resources';
import { readPackRoles, type PackRoles } from './model-roles';

/**
 * The model registry: every pack under assessments/models/<id>/<version>/model.yaml, read with
 * `yaml`, validated by the engine's schema and cross-checks, cached for the process. A pack with
 * issues is left out (and its issues kept for models:check); the valid ones stay usable.
 */
export const MODEL_FILE = 'model.yaml';

export interface ModelSummary {
  readonly id: string;
  readonly version: string;
  readonly title: { zh: string; en: string };
  readonly edition: string;
  readonly evaluates: ReadonlyArray<{ id: string; version: string }>;
}

export interface ModelRegistry {
  list(): ModelSummary[];
  /** a pack by id, at the given version or the newest */
  get(id: string, version?: string): ModelPack | undefined;
  isKnown(id: string, version: string): boolean;
  /** the newest version of a pack, from its folder names alone until the packs are loaded */
  newestVersion(id: string): string | undefined;
  /** the questionnaire of a primary pack (itself plus the packs it evaluates), cached */
  questionnaire(id: string, version?: string): Questionnaire | undefined;
  /** problems found while loading; empty when every pack is valid */
  issues(): readonly PackIssue[];
  /** who answers each item of a questionnaire (items of packs without roles.yaml are absent) */
  roles(id: string, version?: string): Record<string, RespondentRole>;
}

export interface LoadedPacks {
  readonly packs: readonly ModelPack[];
  readonly issues: readonly PackIssue[];
  readonly files: readonly string[];
  /** `id@version` → the pack's interview roles */
  readonly roles: ReadonlyMap<string, PackRoles>;
}

function subdirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function readPack(file: string, id: string, version: string): { pack?: ModelPack; issues: PackIssue[] } {
  const label = `${id}@${version}`;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return {
      issues: [{ pack: label, path: '(file)', message: `YAML 无法解析：${(error as Error).message}` }],
    };
  }
  const parsed = parsePack(raw, label);
  if ('issues' in parsed) return { issues: parsed.issues };
  const { pack } = parsed;
  if (pack.id !== id || pack.version !== version) {
    return {
      issues: [
        {
          pack: label,
          path: 'id',
          message: `文件内的 id/version（${pack.id}@${pack.version}）与目录 ${id}/${version} 不一致`,
        },
      ],
    };
  }
  return { pack, issues: [] };
}

/** Reads and checks every pack in a models folder. */
export function loadModelPacks(dir: string): LoadedPacks {
  if (!existsSync(dir))
    return {
      packs: [],
      issues: [{ pack: '(all)', path: dir, message: '模型目录不存在' }],
      files: [],
      roles: new Map(),
    };
  const candidates: ModelPack[] = [];
  const issues: PackIssue[] = [];
  const files: string[] = [];
  for (const id of subdirs(dir)) {
    for (const version of subdirs(path.join(dir, id))) {
      const file = path.join(dir, id, version, MODEL_FILE);
      if (!existsSync(file)) continue;
      files.push(file);
      const read = readPack(file, id, version);
      issues.push(...read.issues);
      if (read.pack) candidates.push(read.pack);
    }
  }
  const cross = checkPacks(candidates);
  issues.push(...cross);
  const broken = new Set(cross.map((i) => i.pack));
  let packs = candidates.filter((p) => !broken.has(`${p.id}@${p.version}`) && !broken.has(p.id));
  // a pack whose companions were left out cannot build its questionnaire either
  for (let dropped = true; dropped;) {
    const present = new Set(packs.map((p) => `${p.id}@${p.version}`));
    const orphans = packs.filter((p) => p.evaluates.some((e) => !present.has(`${e.id}@${e.version}`)));
    for (const p of orphans) {
      issues.push({
        pack: `${p.id}@${p.version}`,
        path: 'evaluates',
        message: '同时评估的模型无效，本模型一并停用',
      });
    }
    packs = packs.filter((p) => !orphans.includes(p));
    dropped = orphans.length > 0;
  }
  const roles = new Map(packs.map((p) => [`${p.id}@${p.version}`, readPackRoles(dir, p)]));
  for (const r of roles.values()) issues.push(...r.issues);
  return { packs, issues, files, roles };
}

function newestFirstById(packs: readonly ModelPack[]): Map<string, ModelPack[]> {
  const out = new Map<string, ModelPack[]>();
  for (const p of packs) out.set(p.id, [...(out.get(p.id) ?? []), p]);
  for (const list of out.values()) list.sort((a, b) => compareVersions(b.version, a.version));
  return out;
}

export function createModelRegistry(dir: string = resourcePath('assessments', 'models')): ModelRegistry {
  let loaded: LoadedPacks | undefined;
  const questionnaires = new Map<string, Questionnaire>();
  // `id` → that id's packs, newest first; built with `loaded`, which is never reloaded, so the
  // filter and sort run once instead of on every lookup (questionnaire() is called per listed row)
  let byId: Map<string, ModelPack[]> | undefined;
  const load = (): LoadedPacks => (loaded ??= loadModelPacks(dir));
  const versionsOf = (id: string): readonly ModelPack[] => {
    byId ??= newestFirstById(load().packs);
    return byId.get(id) ?? [];
  };
  const get = (id: string, version?: string): ModelPack | undefined => {
    const all = versionsOf(id);
    return version === undefined ? all[0] : all.find((p) => p.version === version);
  };
  const newestFolder = (id: string): string | undefined => {
    const folder = path.join(dir, id);
    if (!existsSync(folder)) return undefined;
    const versions = subdirs(folder).filter((v) => existsSync(path.join(folder, v, MODEL_FILE)));
    return versions.sort((a, b) => compareVersions(b, a))[0];
  };
  return {
    newestVersion: (id) => (loaded ? get(id)?.version : newestFolder(id)),
    list: () =>
      load().packs.map((p) => ({
        id: p.id,
        version: p.version,
        title: p.title,
        edition: p.edition,
        evaluates: p.evaluates,
      })),
    get,
    isKnown: (id, version) => get(id, version) !== undefined,
    questionnaire: (id, version) => {
      const pack = get(id, version);
      if (!pack) return undefined;
      const key = `${pack.id}@${pack.version}`;
      let q = questionnaires.get(key);
      if (!q) {
        q = buildQuestionnaire(pack, get);
        questionnaires.set(key, q);
      }
      return q;
    },
    issues: () => load().issues,
    roles: (id, version) => {
      const pack = get(id, version);
      const out: Record<string, RespondentRole> = {};
      const packs = pack ? [pack, ...pack.evaluates.flatMap((e) => get(e.id, e.version) ?? [])] : [];
      for (const p of packs)
        for (const [item, role] of load().roles.get(`${p.id}@${p.version}`)?.roles ?? []) out[item] = role;
      return out;
    },
  };
}
