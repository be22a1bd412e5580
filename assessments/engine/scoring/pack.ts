import type { Progress } from '../diagnosis/schema';
import type { CompiledPack, Entry } from '../model/questionnaire';
import type { ModelNode } from '../model/schema';
import { applies, evalCondition } from './condition';
import type { EvalContext } from './context';
import type { ItemEval } from './item';

/** One placed item after scoring. */
export interface EntryEval {
  readonly entry: Entry;
  readonly relevant: boolean;
  readonly ev: ItemEval;
}

export interface NodeEval {
  readonly node: ModelNode;
  readonly applicable: boolean;
  /** weighted mean of relevant children (unanswered count as 0, N/A is left out); null if none */
  readonly fraction: number | null;
  readonly points: number;
  readonly maxPoints: number;
  readonly hasPoints: boolean;
  readonly progress: Progress;
}

export interface PackRollup {
  /** aligned with CompiledPack.entries */
  readonly entries: readonly EntryEval[];
  /** aligned with CompiledPack.nodes */
  readonly nodes: readonly NodeEval[];
  /** weighted mean of the scored root nodes, 0..1 */
  readonly fraction: number;
  readonly points: number;
  readonly maxPoints: number;
  readonly progress: Progress;
}

/** The scored placement of an item in this pack, if the pack places it. */
export function entryOf(cp: CompiledPack, roll: PackRollup, itemId: string): EntryEval | undefined {
  const i = cp.index.entry.get(itemId);
  return i === undefined ? undefined : roll.entries[i];
}

export function nodeOf(cp: CompiledPack, roll: PackRollup, nodeId: string): NodeEval | undefined {
  const i = cp.index.node.get(nodeId);
  return i === undefined ? undefined : roll.nodes[i];
}

/**
 * An entry's score: the item's own, except where this pack declares per option what satisfaction
 * a shared choice gives its requirement (selected options add up, capped at full satisfaction).
 */
function entryEval(entry: Entry, ctx: EvalContext): ItemEval {
  const ev = ctx.evalOf(entry.itemId);
  const map = entry.optionSatisfaction;
  if (!map || ev.fraction === null) return ev;
  const value = ctx.answers[entry.itemId];
  if (value?.kind !== 'choices') return ev;
  const fraction = Math.min(
    1,
    value.selected.reduce((sum, id) => sum + (map.get(id) ?? 0), 0),
  );
  return { ...ev, fraction };
}

function entryRelevant(entry: Entry, ctx: EvalContext): boolean {
  if (!entry.applies.every((a) => applies(a, ctx.profile))) return false;
  return entry.when.every((c) => evalCondition(c, ctx) === true);
}

function nodeApplicable(node: ModelNode, parentApplicable: boolean, ctx: EvalContext): boolean {
  if (!parentApplicable) return false;
  if (node.applies && !applies(node.applies, ctx.profile)) return false;
  return node.when ? evalCondition(node.when, ctx) === true : true;
}

class Acc {
  weighted = 0;
  weights = 0;
  points = 0;
  maxPoints = 0;
  hasPoints = false;
  answered = 0;
  relevant = 0;
  total = 0;

  entry(e: EntryEval): void {
    this.total++;
    if (!e.relevant) return;
    this.relevant++;
    if (e.ev.answered) this.answered++;
    if (e.ev.na) return;
    this.weighted += e.entry.weight * (e.ev.fraction ?? 0);
    this.weights += e.entry.weight;
    if (e.ev.maxPoints !== null) {
      this.hasPoints = true;
      this.points += e.ev.points ?? 0;
      this.maxPoints += e.ev.maxPoints;
    }
  }

  child(c: NodeEval): void {
    this.answered += c.progress.answered;
    this.relevant += c.progress.relevant;
    this.total += c.progress.total;
    if (!c.applicable || !c.node.scored) return;
    if (c.hasPoints) {
      this.hasPoints = true;
      this.points += c.points;
      this.maxPoints += c.maxPoints;
    }
    if (c.fraction === null) return;
    this.weighted += c.node.weight * c.fraction;
    this.weights += c.node.weight;
  }

  result(node: ModelNode, applicable: boolean): NodeEval {
    return {
      node,
      applicable,
      fraction: applicable && this.weights > 0 ? Math.min(1, this.weighted / this.weights) : null,
      points: this.points,
      maxPoints: this.maxPoints,
      hasPoints: this.hasPoints,
      progress: { answered: this.answered, relevant: this.relevant, total: this.total },
    };
  }
}

export function rollUp(cp: CompiledPack, ctx: EvalContext): PackRollup {
  const ix = cp.index;
  const ok: boolean[] = new Array<boolean>(cp.nodes.length);
  for (const i of ix.topDown) {
    const p = ix.parent[i]!;
    ok[i] = nodeApplicable(cp.nodes[i]!, p === -1 ? true : ok[p]!, ctx);
  }
  const entries: EntryEval[] = new Array<EntryEval>(cp.entries.length);
  for (let e = 0; e < cp.entries.length; e++) {
    const entry = cp.entries[e]!;
    const relevant = ok[ix.entryNode[e]!]! && entryRelevant(entry, ctx);
    entries[e] = { entry, relevant, ev: entryEval(entry, ctx) };
  }
  const nodes: NodeEval[] = new Array<NodeEval>(cp.nodes.length);
  for (const i of ix.bottomUp) nodes[i] = rollNode(cp, i, entries, nodes, ok[i]!);
  return withTop(cp, entries, nodes);
}

function rollNode(
  cp: CompiledPack,
  i: number,
  entries: readonly EntryEval[],
  nodes: readonly NodeEval[],
  applicable: boolean,
): NodeEval {
  const acc = new Acc();
  for (const e of cp.index.entriesOf[i]!) acc.entry(entries[e]!);
  for (const c of cp.index.children[i]!) acc.child(nodes[c]!);
  return acc.result(cp.nodes[i]!, applicable);
}

function withTop(cp: CompiledPack, entries: readonly EntryEval[], nodes: readonly NodeEval[]): PackRollup {
  const top = new Acc();
  for (const r of cp.index.roots) top.child(nodes[r]!);
  const t = top.result(cp.nodes[cp.index.roots[0]!]!, true);
  return {
    entries,
    nodes,
    fraction: t.fraction ?? 0,
    points: t.points,
    maxPoints: t.maxPoints,
    progress: t.progress,
  };
}

/**
 * The roll-up after some items' answers changed, when no relevance condition reads them: only the
 * changed entries and the nodes above them are recomputed (trials of the lift search). The entries
 * are re-scored now; the nodes when first read (see ChangedRollup).
 */
export function rollUpChanged(
  cp: CompiledPack,
  ctx: EvalContext,
  prev: PackRollup,
  changed: readonly string[],
): PackRollup {
  const ix = cp.index;
  const entries = prev.entries.slice();
  const touched: number[] = [];
  for (const id of changed) {
    const e = ix.entry.get(id);
    if (e === undefined) continue;
    const { entry, relevant } = entries[e]!;
    entries[e] = { entry, relevant, ev: entryEval(entry, ctx) };
    touched.push(e);
  }
  return new ChangedRollup(cp, entries, prev, touched);
}

type Totals = Omit<PackRollup, 'entries'>;

/**
 * A trial's roll-up whose node sums are computed on first read. Most lift trials only need the
 * entries: a CMMM level is scored from its entries, tier gates read entries, and a trial the
 * search does not keep is never read again. SME points and any trial the search builds on are
 * read, and then the nodes are rolled exactly as an eager roll-up would have rolled them.
 */
class ChangedRollup implements PackRollup {
  private totals: Totals | undefined;

  constructor(
    private readonly cp: CompiledPack,
    readonly entries: readonly EntryEval[],
    private prev: PackRollup | undefined,
    private readonly touched: readonly number[],
  ) {}

  get nodes(): readonly NodeEval[] {
    return this.rolled().nodes;
  }
  get fraction(): number {
    return this.rolled().fraction;
  }
  get points(): number {
    return this.rolled().points;
  }
  get maxPoints(): number {
    return this.rolled().maxPoints;
  }
  get progress(): Progress {
    return this.rolled().progress;
  }

  private rolled(): Totals {
    if (!this.totals) {
      this.totals = rollTouched(this.cp, this.entries, this.prev!, this.touched);
      // nothing of the roll-up it started from is needed any more; let it go
      this.prev = undefined;
    }
    return this.totals;
  }
}

/** The nodes above the `touched` entries rolled again; every other node kept from `prev`. */
function rollTouched(
  cp: CompiledPack,
  entries: readonly EntryEval[],
  prev: PackRollup,
  touched: readonly number[],
): Totals {
  const ix = cp.index;
  // read first: a lazy `prev` rolls its own nodes, with the same shared dirty flags
  const prevNodes = prev.nodes;
  const nodes = prevNodes.slice();
  const dirty = dirtyFlags(cp);
  for (const e of touched) for (let n = ix.entryNode[e]!; n !== -1; n = ix.parent[n]!) dirty[n] = true;
  for (const i of ix.bottomUp) {
    if (!dirty[i]) continue;
    dirty[i] = false;
    nodes[i] = rollNode(cp, i, entries, nodes, prevNodes[i]!.applicable);
  }
  const { fraction, points, maxPoints, progress } = withTop(cp, entries, nodes);
  return { nodes, fraction, points, maxPoints, progress };
}

const dirtyCache = new WeakMap<CompiledPack, boolean[]>();

/**
 * One all-false flag per node, reused by every trial of the pack: allocating and filling a fresh
 * array per trial was a tenth of the lift search. rollTouched clears each flag it reads, and
 * every flag set lies on a path it walks, so the array is all false again when it returns.
 */
function dirtyFlags(cp: CompiledPack): boolean[] {
  let flags = dirtyCache.get(cp);
  if (!flags) {
    flags = new Array<boolean>(cp.nodes.length).fill(false);
    dirtyCache.set(cp, flags);
  }
  return flags;
}
