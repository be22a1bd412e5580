import type { Confidence } from '@engine/diagnosis/schema';
import type { ModelPack } from '@engine/model/schema';
import type { PackIssue } from '@engine/model/validate';
import { resourcePath } from '../resources';
import { loadModelPacks } from './models';

/**
 * `npm run models:check` for the assessment models: validates every pack (schema + cross-checks)
 * and counts what a reviewer wants to see — nodes per kind, items per type, level descriptors and
 * requirements, citations per confidence (nodes, items with inheritance, gates, level rules).
 */
export interface PackCounts {
  readonly pack: string;
  readonly nodesByKind: Record<string, number>;
  readonly itemsByType: Record<string, number>;
  readonly descriptors: number;
  readonly citations: Record<Confidence, number>;
}

export interface ModelCheckReport {
  readonly ok: boolean;
  readonly files: number;
  readonly packs: readonly PackCounts[];
  readonly issues: readonly PackIssue[];
}

function tally<T extends string>(values: readonly T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function confidences(pack: ModelPack): Confidence[] {
  const nodeConf = new Map(pack.nodes.map((n) => [n.id, n.confidence]));
  const items = pack.items.map((i) => i.confidence ?? nodeConf.get(i.node) ?? pack.confidence);
  const scoring = pack.scoring;
  const rules =
    scoring.kind === 'tiers'
      ? scoring.gates.flatMap((g) => [
          g.confidence,
          ...(g.type === 'cmmm-level' ? g.regionVariants.map((v) => v.confidence) : []),
        ])
      : 'confidence' in scoring
        ? [scoring.confidence]
        : [];
  const scale = pack.satisfactionScale ? [pack.satisfactionScale.confidence] : [];
  return [pack.confidence, ...pack.nodes.map((n) => n.confidence), ...items, ...rules, ...scale];
}

export function countPack(pack: ModelPack): PackCounts {
  const c = tally(confidences(pack));
  return {
    pack: `${pack.id}@${pack.version}`,
    nodesByKind: tally(pack.nodes.map((n) => n.kind)),
    itemsByType: tally(pack.items.map((i) => i.type)),
    descriptors: pack.items.reduce(
      (n, i) => n + (i.type === 'level' ? i.levels.length : i.type === 'satisfaction' ? 1 : 0),
      0,
    ),
    citations: { confirmed: c.confirmed ?? 0, partial: c.partial ?? 0, unconfirmed: c.unconfirmed ?? 0 },
  };
}

export function checkModels(dir: string = resourcePath('assessments', 'models')): ModelCheckReport {
  const loaded = loadModelPacks(dir);
  // every bundled pack names who answers each of its items (roles.yaml beside model.yaml)
  const missingRoles: PackIssue[] = loaded.packs
    .filter((p) => !loaded.roles.get(`${p.id}@${p.version}`)?.present)
    .map((p) => ({
      pack: `${p.id}@${p.version}`,
      path: 'roles.yaml',
      message: '缺少受访角色文件 roles.yaml',
    }));
  const issues = [...loaded.issues, ...missingRoles];
  return {
    ok: issues.length === 0,
    files: loaded.files.length,
    packs: loaded.packs.map(countPack),
    issues,
  };
}

function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

/** "sme-digital-2024@2024.1" → the pack's file, so an editor can open it. */
function fileOf(pack: string): string {
  const [id, version] = pack.split('@');
  return id && version ? `assessments/models/${id}/${version}/model.yaml` : pack;
}

export function formatModelCheck(report: ModelCheckReport): string[] {
  const lines = [`模型包 model packs: ${report.packs.length} valid of ${report.files} files`];
  for (const p of report.packs) {
    lines.push(`  ${p.pack}`);
    lines.push(`    nodes: ${describe(p.nodesByKind)}`);
    lines.push(`    items: ${describe(p.itemsByType)}; descriptors/requirements: ${p.descriptors}`);
    lines.push(
      `    citations: confirmed ${p.citations.confirmed}, partial ${p.citations.partial}, unconfirmed ${p.citations.unconfirmed}`,
    );
  }
  for (const i of report.issues) lines.push(`  ✗ ${fileOf(i.pack)} ${i.path}: ${i.message}`);
  lines.push(
    report.ok ? '模型检查通过 models OK' : `模型检查失败 models FAILED (${report.issues.length} issues)`,
  );
  return lines;
}

/** Prints the report; returns false when any pack is invalid. */
export function runModelCheck(log: (line: string) => void = console.log, dir?: string): boolean {
  const report = checkModels(dir);
  for (const line of formatModelCheck(report)) log(line);
  return report.ok;
}
