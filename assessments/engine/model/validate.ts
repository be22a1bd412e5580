import { conditionItems } from '../scoring/condition';
import { TYPICAL_SCENARIO_IDS } from '../typical-scenarios';
import {
  ModelPackSchema,
  type Condition,
  type ModelPack,
  type OwnedItem,
  type RefItem,
  type SmeScoring,
  type UpgradeItem,
} from './schema';
import { compareVersions } from './version';

/**
 * Checks the schema cannot express: references between nodes, items, gates and packs, and the
 * internal consistency of descriptors, bands and level rules. Messages are for pack editors (zh).
 */
export interface PackIssue {
  readonly pack: string;
  readonly path: string;
  readonly message: string;
}

type Report = (path: string, message: string) => void;

function checkNodes(pack: ModelPack, report: Report): void {
  const ids = new Set<string>();
  for (const [i, n] of pack.nodes.entries()) {
    if (ids.has(n.id)) report(`nodes.${i}`, `节点 id 重复：${n.id}`);
    ids.add(n.id);
  }
  for (const [i, n] of pack.nodes.entries()) {
    if (n.parent !== null && !ids.has(n.parent))
      report(`nodes.${i}.parent`, `节点 ${n.id} 的上级 ${n.parent} 不存在`);
  }
  const parent = new Map(pack.nodes.map((n) => [n.id, n.parent]));
  for (const n of pack.nodes) {
    const seen = new Set<string>();
    for (let cur: string | null | undefined = n.id; cur; cur = parent.get(cur)) {
      if (seen.has(cur)) {
        report(`nodes`, `节点 ${n.id} 的上级链成环`);
        break;
      }
      seen.add(cur);
    }
  }
  if (!pack.nodes.some((n) => n.parent === null)) report('nodes', '没有顶层节点（parent: null）');
}

function checkLevelItem(item: OwnedItem & { type: 'level' }, path: string, report: Report): void {
  item.levels.forEach((l, i) => {
    if (l.level !== i + 1) report(`${path}.levels.${i}`, `${item.id}：等级描述须从 1 级起连续排列`);
  });
  if (item.scenario && !TYPICAL_SCENARIO_IDS.includes(item.scenario))
    report(`${path}.scenario`, `${item.id}：未知典型场景 ${item.scenario}`);
}

function checkFigures(item: OwnedItem & { type: 'figures' }, path: string, report: Report): void {
  const fields = new Set(item.fields.map((f) => f.id));
  if (!fields.has(item.ratio.numerator))
    report(`${path}.ratio`, `${item.id}：分子字段 ${item.ratio.numerator} 未定义`);
  if (!fields.has(item.ratio.denominator))
    report(`${path}.ratio`, `${item.id}：分母字段 ${item.ratio.denominator} 未定义`);
  item.bands.forEach((b, i) => {
    const prev = item.bands[i - 1];
    if (prev && b.upTo <= prev.upTo) report(`${path}.bands.${i}`, `${item.id}：区间上限须递增`);
    if (prev && b.points < prev.points) report(`${path}.bands.${i}`, `${item.id}：区间得分须不减`);
  });
  if (item.bands[item.bands.length - 1]!.upTo !== 1)
    report(`${path}.bands`, `${item.id}：最后一个区间的上限须为 1（100%）`);
}

function checkItems(pack: ModelPack, report: Report): void {
  const nodes = new Set(pack.nodes.map((n) => n.id));
  const seen = new Set<string>();
  pack.items.forEach((item, i) => {
    const path = `items.${i}`;
    const id = item.type === 'ref' ? item.ref : item.id;
    if (seen.has(id)) report(path, `题项 ${id} 在本模型中出现两次`);
    seen.add(id);
    if (!nodes.has(item.node)) report(`${path}.node`, `题项 ${id} 的节点 ${item.node} 不存在`);
    if (item.type === 'level') checkLevelItem(item, path, report);
    if (item.type === 'figures') checkFigures(item, path, report);
    if (item.type === 'choices' && new Set(item.options.map((o) => o.id)).size !== item.options.length) {
      report(`${path}.options`, `${id}：选项 id 重复`);
    }
    if (item.type === 'satisfaction' && !pack.satisfactionScale)
      report(path, `${id}：满足度题需要模型定义 satisfactionScale`);
    if (item.type === 'ref' && item.from === pack.id)
      report(`${path}.from`, `${id}：ref 不能引用本模型自身的题项`);
  });
}

function conditionsOf(pack: ModelPack): Array<{ path: string; c: Condition }> {
  const out: Array<{ path: string; c: Condition }> = [];
  pack.nodes.forEach((n, i) => n.when && out.push({ path: `nodes.${i}.when`, c: n.when }));
  pack.items.forEach((it, i) => it.when && out.push({ path: `items.${i}.when`, c: it.when }));
  if (pack.scoring.kind === 'tiers') {
    pack.scoring.gates.forEach(
      (g, i) => g.type === 'condition' && out.push({ path: `scoring.gates.${i}.condition`, c: g.condition }),
    );
  }
  return out;
}

function checkScoring(pack: ModelPack, known: ReadonlySet<string>, report: Report): void {
  const s = pack.scoring;
  if (s.kind === 'tiers') {
    const codes = new Set(s.tiers.map((t) => t.code));
    const ranks = s.tiers.map((t) => t.rank).sort((a, b) => a - b);
    ranks.forEach((r, i) => r !== i + 1 && report('scoring.tiers', '梯度 rank 须从 1 起连续'));
    s.gates.forEach((g, i) => {
      if (!codes.has(g.tier)) report(`scoring.gates.${i}.tier`, `门槛 ${g.id} 的梯度 ${g.tier} 未定义`);
      const items =
        g.type === 'cmmm-level'
          ? [g.officialItem]
          : g.type === 'previous-tier'
            ? [g.heldItem]
            : g.type === 'benchmark'
              ? [g.indicatorItem, g.figuresItem, g.basisItem]
              : [];
      for (const id of items)
        if (id && !known.has(id)) report(`scoring.gates.${i}`, `门槛 ${g.id} 引用的题项 ${id} 不存在`);
    });
    if (new Set(s.gates.map((g) => g.id)).size !== s.gates.length) report('scoring.gates', '门槛 id 重复');
    if (s.aiAtLevel < s.coveredAtLevel) report('scoring.aiAtLevel', 'aiAtLevel 不能低于 coveredAtLevel');
  }
  if (s.kind === 'cmmm') {
    pack.items.forEach(
      (it, i) =>
        it.level === undefined && report(`items.${i}.level`, 'CMMM 模型的每个要求都须标明所属等级 level'),
    );
    s.bands.forEach(
      (b, i) =>
        i > 0 && b.minS <= s.bands[i - 1]!.minS && report(`scoring.bands.${i}`, '等级区间 minS 须递增'),
    );
  }
  if (s.kind === 'sme-digital') checkSmeRule(pack, s, report);
}

/** Node ids at or below `root`. */
function subtree(pack: ModelPack, root: string): Set<string> {
  const inside = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const n of pack.nodes)
      if (n.parent !== null && inside.has(n.parent) && !inside.has(n.id)) grew = inside.add(n.id) !== null;
  }
  return inside;
}

/** SME level rules count scenes under the scenes node, and 约束性 ones among them. */
function checkSmeRule(pack: ModelPack, s: SmeScoring, report: Report): void {
  if (!pack.nodes.some((n) => n.id === s.scenesNode)) {
    report('scoring.scenesNode', `场景节点 ${s.scenesNode} 不存在`);
    return;
  }
  const under = subtree(pack, s.scenesNode);
  const scenes = pack.items.filter((it) => it.type === 'level' && under.has(it.node));
  const constrained = scenes.filter((it) => it.type === 'level' && it.constrained === true).length;
  pack.items.forEach((it, i) => {
    if (it.type === 'level' && it.constrained && !under.has(it.node))
      report(`items.${i}.constrained`, `${it.id} 标为约束性场景，但不在场景节点 ${s.scenesNode} 下`);
  });
  s.rule.forEach((r, i) => {
    if (r.minConstrainedScenes !== undefined && r.minConstrainedScenes > constrained)
      report(
        `scoring.rule.${i}`,
        `${r.level} 级要求 ${r.minConstrainedScenes} 个约束性场景，但标为约束性（constrained: true）的场景只有 ${constrained} 个`,
      );
    if (r.minConstrainedScenes !== undefined && r.minConstrainedScenes > (r.minScenes ?? Infinity))
      report(`scoring.rule.${i}`, `${r.level} 级的约束性场景数不能多于场景数`);
  });
}

/** A ref's per-option satisfaction must name every option of the shared choices item, and only those. */
function checkOptionSatisfaction(ref: RefItem, target: OwnedItem, report: Report): void {
  if (!ref.optionSatisfaction) return;
  if (target.type !== 'choices') {
    report('optionSatisfaction', `${ref.ref} 不是选择题，不能逐项给出满足度`);
    return;
  }
  const options = new Set(target.options.map((o) => o.id));
  for (const id of Object.keys(ref.optionSatisfaction))
    if (!options.has(id)) report('optionSatisfaction', `${ref.ref} 没有选项 ${id}`);
  for (const id of options)
    if (!(id in ref.optionSatisfaction)) report('optionSatisfaction', `${ref.ref} 的选项 ${id} 未给出满足度`);
}

/** One entry of an upgrade mapping: `to` or `dropped`, and every option / level it names exists in `to`. */
function checkUpgradeItem(
  e: UpgradeItem,
  path: string,
  owned: ReadonlyMap<string, OwnedItem>,
  report: Report,
): void {
  if ((e.to === undefined) === (e.dropped === undefined)) {
    report(path, `${e.item}：须写明旧回答迁到哪道题（to）或为何不能迁移（dropped），二者选一`);
    return;
  }
  if (e.to === undefined) return;
  const target = owned.get(e.to);
  if (!target) {
    report(`${path}.to`, `${e.item} 映射到的题项 ${e.to} 在本版本中不存在`);
    return;
  }
  const named = { ...e.options, ...e.droppedOptions };
  if (Object.keys(named).length > 0 && target.type !== 'choices')
    report(`${path}.options`, `${e.to} 不是选择题，不能映射选项`);
  if (target.type === 'choices') {
    const ids = new Set(target.options.map((o) => o.id));
    for (const [from, to] of Object.entries(e.options ?? {}))
      if (!ids.has(to)) report(`${path}.options.${from}`, `${e.to} 没有选项 ${to}`);
  }
  if (e.levels && target.type !== 'level') report(`${path}.levels`, `${e.to} 不是等级题，不能映射等级`);
  if (e.levels && target.type === 'level') {
    for (const [from, to] of Object.entries(e.levels))
      if (to > target.levels.length)
        report(`${path}.levels.${from}`, `${e.to} 只有 ${target.levels.length} 级，不能映射到 ${to} 级`);
  }
}

/** Upgrade mappings come from older versions, once each, and name only items and options this version has. */
function checkUpgrades(pack: ModelPack, report: Report): void {
  const owned = new Map(pack.items.flatMap((i) => (i.type === 'ref' ? [] : [[i.id, i] as const])));
  const versions = new Set<string>();
  pack.upgrades.forEach((u, i) => {
    const path = `upgrades.${i}`;
    if (compareVersions(u.fromVersion, pack.version) >= 0)
      report(`${path}.fromVersion`, `升级映射的来源版本 ${u.fromVersion} 须早于本版本 ${pack.version}`);
    if (versions.has(u.fromVersion))
      report(`${path}.fromVersion`, `来源版本 ${u.fromVersion} 的升级映射重复`);
    versions.add(u.fromVersion);
    const items = new Set<string>();
    u.items.forEach((e, j) => {
      if (items.has(e.item)) report(`${path}.items.${j}.item`, `题项 ${e.item} 在同一映射中出现两次`);
      items.add(e.item);
      checkUpgradeItem(e, `${path}.items.${j}`, owned, report);
    });
  });
}

/** Checks one pack on its own (refs to other packs are checked by checkPacks). */
export function checkPack(pack: ModelPack, extraItemIds: Iterable<string> = []): PackIssue[] {
  const issues: PackIssue[] = [];
  const report: Report = (path, message) =>
    issues.push({ pack: `${pack.id}@${pack.version}`, path, message });
  checkNodes(pack, report);
  checkItems(pack, report);
  const known = new Set([...pack.items.map((i) => (i.type === 'ref' ? i.ref : i.id)), ...extraItemIds]);
  for (const { path, c } of conditionsOf(pack)) {
    for (const id of conditionItems(c)) if (!known.has(id)) report(path, `条件引用的题项 ${id} 不存在`);
  }
  checkScoring(pack, known, report);
  checkUpgrades(pack, report);
  return issues;
}

/** Checks a set of packs together: refs resolve to owned items, evaluated packs exist, one owner per item. */
export function checkPacks(packs: readonly ModelPack[]): PackIssue[] {
  const issues: PackIssue[] = [];
  const latest = new Map<string, ModelPack>();
  for (const p of packs) latest.set(p.id, p);
  const owners = new Map<string, string>();
  for (const p of latest.values()) {
    for (const it of p.items) {
      if (it.type === 'ref') continue;
      const prev = owners.get(it.id);
      if (prev && prev !== p.id)
        issues.push({ pack: p.id, path: 'items', message: `题项 ${it.id} 同时由 ${prev} 和 ${p.id} 定义` });
      owners.set(it.id, p.id);
    }
  }
  for (const p of packs) {
    const key = `${p.id}@${p.version}`;
    const evaluated = p.evaluates.map((e) => packs.find((x) => x.id === e.id && x.version === e.version));
    p.evaluates.forEach((e, i) => {
      if (!evaluated[i])
        issues.push({
          pack: key,
          path: `evaluates.${i}`,
          message: `声明同时评估的模型 ${e.id}@${e.version} 不存在`,
        });
    });
    const visible = new Set([
      ...evaluated.flatMap((x) => (x ? x.items.map((i) => (i.type === 'ref' ? i.ref : i.id)) : [])),
    ]);
    p.items.forEach((it, i) => {
      if (it.type !== 'ref') return;
      const source = latest.get(it.from);
      const target = source?.items.find((x) => x.type !== 'ref' && x.id === it.ref);
      if (!target || target.type === 'ref')
        issues.push({
          pack: key,
          path: `items.${i}`,
          message: `共享题项 ${it.ref} 在模型 ${it.from} 中不存在`,
        });
      else
        checkOptionSatisfaction(it, target, (path, message) =>
          issues.push({ pack: key, path: `items.${i}.${path}`, message }),
        );
    });
    issues.push(...checkPack(p, visible));
  }
  return issues;
}

/** Parses and checks raw pack data (e.g. YAML already parsed); returns the pack or the issues. */
export function parsePack(raw: unknown, label: string): { pack: ModelPack } | { issues: PackIssue[] } {
  const parsed = ModelPackSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues
        .slice(0, 30)
        .map((i) => ({ pack: label, path: i.path.map(String).join('.'), message: i.message })),
    };
  }
  return { pack: parsed.data };
}
