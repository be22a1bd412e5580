import type { Citation, Confidence } from '../diagnosis/schema';
import { conditionItems } from '../scoring/condition';
import type {
  Applicability,
  Condition,
  CostTag,
  KpiTag,
  ModelNode,
  ModelPack,
  OwnedItem,
  PackItem,
  SatisfactionScale,
} from './schema';

/**
 * A questionnaire = one primary pack + the packs it declares it also evaluates. Items are owned by
 * exactly one pack; other packs place them with a `ref`, so an item id is asked once and feeds every
 * pack that places it. This module turns packs into lookup tables the scorer walks quickly.
 */

export type PackLookup = (id: string, version?: string) => ModelPack | undefined;

/** One placement of an item in one pack (owned items and refs alike). */
export interface Entry {
  readonly itemId: string;
  readonly packId: string;
  readonly nodeId: string;
  readonly weight: number;
  readonly level: number | undefined;
  readonly applies: readonly Applicability[];
  readonly when: readonly Condition[];
  readonly citation: Citation;
  readonly confidence: Confidence;
  readonly effort: number;
  readonly costs: readonly CostTag[];
  readonly kpis: readonly KpiTag[];
  /** a 约束性 scene (SME 2024 level rules count these apart) */
  readonly constrained: boolean;
  /** refs to choices items: this pack's satisfaction degree per selected option */
  readonly optionSatisfaction: ReadonlyMap<string, number> | undefined;
}

export interface CompiledPack {
  readonly pack: ModelPack;
  readonly nodes: readonly ModelNode[];
  readonly entries: readonly Entry[];
  /** index tables so scoring walks arrays instead of building maps on every evaluation */
  readonly index: PackIndex;
}

export interface PackIndex {
  readonly node: ReadonlyMap<string, number>;
  readonly entry: ReadonlyMap<string, number>;
  readonly parent: readonly number[];
  readonly topDown: readonly number[];
  readonly bottomUp: readonly number[];
  readonly children: ReadonlyArray<readonly number[]>;
  readonly roots: readonly number[];
  readonly entriesOf: ReadonlyArray<readonly number[]>;
  readonly entryNode: readonly number[];
  /** product of node weights from a node up to its root */
  readonly pathWeight: readonly number[];
  /** node ids above each entry (its own node included) */
  readonly entryAncestors: ReadonlyArray<ReadonlySet<string>>;
  /** items read by the relevance conditions of this pack's nodes and entries */
  readonly conditionItems: ReadonlySet<string>;
}

export interface Questionnaire {
  readonly modelId: string;
  readonly modelVersion: string;
  /** companions first, primary last: gates of the primary may read the companions' estimates */
  readonly packs: readonly CompiledPack[];
  readonly items: ReadonlyMap<string, OwnedItem>;
  /** item id → the pack that owns its definition */
  readonly owner: ReadonlyMap<string, string>;
  /** every item once, in asking order (primary's first) */
  readonly order: readonly string[];
  /** the satisfaction scale of the pack that owns each satisfaction item */
  readonly scales: ReadonlyMap<string, SatisfactionScale>;
}

export class QuestionnaireError extends Error {
  constructor(
    message: string,
    readonly packId: string,
  ) {
    super(message);
    this.name = 'QuestionnaireError';
  }
}

const DEFAULT_EFFORT = 2;

function ancestors(node: ModelNode, byId: ReadonlyMap<string, ModelNode>): ModelNode[] {
  const chain: ModelNode[] = [];
  const seen = new Set<string>();
  for (
    let n: ModelNode | undefined = node;
    n && !seen.has(n.id);
    n = n.parent ? byId.get(n.parent) : undefined
  ) {
    seen.add(n.id);
    chain.push(n);
  }
  return chain;
}

/** What an item takes from itself, else from the item a ref points to, else from its nearest node. */
interface Inheritable {
  readonly citation?: Citation | undefined;
  readonly confidence?: Confidence | undefined;
  readonly effort?: number | undefined;
  readonly costs?: readonly CostTag[] | undefined;
  readonly kpis?: readonly KpiTag[] | undefined;
}

function buildEntry(
  pack: ModelPack,
  placed: PackItem,
  owned: OwnedItem,
  byId: ReadonlyMap<string, ModelNode>,
): Entry {
  const node = byId.get(placed.node);
  if (!node) throw new QuestionnaireError(`题项 ${owned.id} 所在节点 ${placed.node} 不存在`, pack.id);
  const chain = ancestors(node, byId);
  const isRef = placed.type === 'ref';
  const sources: Inheritable[] = [placed, ...(isRef ? [owned] : []), ...chain];
  const pick = <K extends keyof Inheritable>(key: K): Inheritable[K] =>
    sources.find((s) => s[key] !== undefined)?.[key];
  return {
    itemId: owned.id,
    packId: pack.id,
    nodeId: node.id,
    weight: placed.weight,
    level: placed.level ?? (isRef ? undefined : owned.level),
    applies: [placed.applies, isRef ? owned.applies : undefined, ...chain.map((n) => n.applies)].filter(
      (a): a is Applicability => a !== undefined,
    ),
    when: [placed.when, isRef ? owned.when : undefined, ...chain.map((n) => n.when)].filter(
      (c): c is Condition => c !== undefined,
    ),
    citation: pick('citation') ?? pack.citation,
    confidence: pick('confidence') ?? pack.confidence,
    effort: pick('effort') ?? DEFAULT_EFFORT,
    costs: pick('costs') ?? [],
    kpis: pick('kpis') ?? [],
    constrained: owned.type === 'level' && owned.constrained === true,
    optionSatisfaction:
      isRef && placed.optionSatisfaction ? new Map(Object.entries(placed.optionSatisfaction)) : undefined,
  };
}

function depthOf(node: ModelNode, byId: ReadonlyMap<string, ModelNode>): number {
  return ancestors(node, byId).length;
}

function compilePack(pack: ModelPack, resolve: (ref: string, from: string) => OwnedItem): CompiledPack {
  const nodeById = new Map(pack.nodes.map((n) => [n.id, n]));
  const entries = pack.items.map((placed) =>
    buildEntry(pack, placed, placed.type === 'ref' ? resolve(placed.ref, placed.from) : placed, nodeById),
  );
  // deepest first, so a single pass can roll scores up
  const bottomUp = [...pack.nodes].sort((a, b) => depthOf(b, nodeById) - depthOf(a, nodeById));
  return { pack, nodes: pack.nodes, entries, index: indexPack(pack.nodes, entries, bottomUp, nodeById) };
}

function indexPack(
  nodes: readonly ModelNode[],
  entries: readonly Entry[],
  bottomUp: readonly ModelNode[],
  byId: ReadonlyMap<string, ModelNode>,
): PackIndex {
  const node = new Map(nodes.map((n, i) => [n.id, i]));
  const parent = nodes.map((n) => (n.parent ? (node.get(n.parent) ?? -1) : -1));
  const children = nodes.map((_, i) => parent.flatMap((p, c) => (p === i ? [c] : [])));
  const entryNode = entries.map((e) => node.get(e.nodeId)!);
  const entriesOf = nodes.map((_, i) => entryNode.flatMap((n, e) => (n === i ? [e] : [])));
  const bottomUpIdx = bottomUp.map((n) => node.get(n.id)!);
  const pathWeight = nodes.map((n) => ancestors(n, byId).reduce((w, a) => w * a.weight, 1));
  return {
    node,
    entry: new Map(entries.map((e, i) => [e.itemId, i])),
    parent,
    topDown: [...bottomUpIdx].reverse(),
    bottomUp: bottomUpIdx,
    children,
    roots: parent.flatMap((p, i) => (p === -1 ? [i] : [])),
    entriesOf,
    entryNode,
    pathWeight,
    entryAncestors: entries.map((e) => new Set(ancestors(byId.get(e.nodeId)!, byId).map((a) => a.id))),
    conditionItems: new Set(entries.flatMap((e) => e.when.flatMap(conditionItems))),
  };
}

/** The packs a primary pack brings into its questionnaire, primary last. */
function collectPacks(primary: ModelPack, lookup: PackLookup): ModelPack[] {
  const companions = primary.evaluates.map((ref) => {
    const pack = lookup(ref.id, ref.version);
    if (!pack)
      throw new QuestionnaireError(
        `模型 ${primary.id} 声明同时评估 ${ref.id}@${ref.version}，但未找到该模型`,
        primary.id,
      );
    return pack;
  });
  return [...companions, primary];
}

export function buildQuestionnaire(primary: ModelPack, lookup: PackLookup): Questionnaire {
  const packs = collectPacks(primary, lookup);
  const inQuestionnaire = new Map(packs.map((p) => [p.id, p]));
  const items = new Map<string, OwnedItem>();
  const owner = new Map<string, string>();
  const resolve = (ref: string, from: string): OwnedItem => {
    const source = inQuestionnaire.get(from) ?? lookup(from);
    const found = source?.items.find((i) => i.type !== 'ref' && i.id === ref);
    if (!found || found.type === 'ref')
      throw new QuestionnaireError(`共享题项 ${ref} 在模型 ${from} 中不存在`, from);
    if (!items.has(ref)) {
      items.set(ref, found);
      owner.set(ref, from);
    }
    return found;
  };
  for (const pack of packs) {
    for (const item of pack.items) {
      if (item.type === 'ref') continue;
      const previous = owner.get(item.id);
      if (previous && previous !== pack.id) {
        throw new QuestionnaireError(
          `题项 ${item.id} 同时由 ${previous} 和 ${pack.id} 定义；共享题项请用 ref 引用`,
          pack.id,
        );
      }
      items.set(item.id, item);
      owner.set(item.id, pack.id);
    }
  }
  const compiled = packs.map((p) => compilePack(p, resolve));
  const order: string[] = [];
  const seen = new Set<string>();
  for (const cp of [compiled[compiled.length - 1]!, ...compiled.slice(0, -1)]) {
    for (const e of cp.entries) {
      if (seen.has(e.itemId)) continue;
      seen.add(e.itemId);
      order.push(e.itemId);
    }
  }
  const scales = new Map<string, SatisfactionScale>();
  for (const [id, packId] of owner) {
    const scale = (inQuestionnaire.get(packId) ?? lookup(packId))?.satisfactionScale;
    if (scale) scales.set(id, scale);
  }
  return { modelId: primary.id, modelVersion: primary.version, packs: compiled, items, owner, order, scales };
}
