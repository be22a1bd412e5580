import type { AnswerMap } from '@engine/answer';
import type { Label } from '@engine/diagnosis/schema';
import type { CompiledPack, Entry, Questionnaire } from '@engine/model/questionnaire';
import type { ModelNode } from '@engine/model/schema';
import type { ProfileFacts } from '@engine/scoring/condition';
import { askedBy, interviewPlan, type InterviewPlan } from '@engine/interview-progress';

/**
 * The walkthrough's side list: the questionnaire's items grouped under the top-level node where
 * they are first asked (the primary pack's groups and dimensions, then what the companion packs
 * add). Pure, so the grouping and the skip logic are unit-tested without a browser.
 */
export interface Section {
  /** `<packId>/<nodeId>` */
  readonly id: string;
  readonly packId: string;
  readonly packTitle: Label;
  readonly label: Label;
  /** item ids in asking order */
  readonly items: readonly string[];
}

export interface Outline {
  readonly sections: readonly Section[];
  /** item id → section id */
  readonly sectionOf: ReadonlyMap<string, string>;
  /** item id → the label of the node it sits under (for the breadcrumb) */
  readonly nodeOf: ReadonlyMap<string, Label>;
}

type NodeIndex = ReadonlyMap<string, ModelNode>;

function rootOf(nodes: NodeIndex, nodeId: string): ModelNode | undefined {
  let node = nodes.get(nodeId);
  const seen = new Set<string>();
  while (node?.parent && !seen.has(node.id)) {
    seen.add(node.id);
    node = nodes.get(node.parent);
  }
  return node;
}

/** Packs in asking order: the primary (last in q.packs) first. */
function askingOrder(q: Questionnaire): CompiledPack[] {
  const primary = q.packs[q.packs.length - 1];
  return primary ? [primary, ...q.packs.slice(0, -1)] : [];
}

/**
 * Where an item is asked. A capability-maturity pack is asked level by level (every sub-domain's
 * 一级 requirement, then every 二级 …), as GB/T 39117 assesses it: a level counts only when every
 * lower level is achieved, so once a level is decided the higher levels' questions can be passed
 * over before any of them is asked. Other packs are asked by their top-level nodes.
 */
interface Place {
  readonly key: string;
  readonly label: Label;
  /** order of the section within its pack */
  readonly rank: number;
}

function placeOf(cp: CompiledPack, entry: Entry, nodes: NodeIndex): Place {
  const s = cp.pack.scoring;
  const level = s.kind === 'cmmm' ? s.levels.find((l) => l.level === entry.level) : undefined;
  if (level) return { key: `level-${level.level}`, label: level.label, rank: level.level };
  const root = rootOf(nodes, entry.nodeId);
  const key = root?.id ?? entry.nodeId;
  return {
    key,
    label: root?.label ?? cp.pack.title,
    // after any level sections, in the pack's own node order (the 要素条件 order)
    rank: 1000 + cp.pack.nodes.findIndex((n) => n.id === key),
  };
}

export function buildOutline(q: Questionnaire): Outline {
  const packs = askingOrder(q);
  const sections = new Map<
    string,
    { packId: string; packTitle: Label; label: Label; rank: number; items: string[] }
  >();
  const sectionOf = new Map<string, string>();
  const nodeOf = new Map<string, Label>();
  const nodeIndex = new Map(packs.map((p) => [p.pack.id, new Map(p.pack.nodes.map((n) => [n.id, n]))]));
  for (const itemId of q.order) {
    const cp = packs.find((p) => p.index.entry.has(itemId));
    const entry = cp?.entries[cp.index.entry.get(itemId) ?? -1];
    if (!cp || !entry) continue;
    const nodes: NodeIndex = nodeIndex.get(cp.pack.id) ?? new Map();
    const place = placeOf(cp, entry, nodes);
    const id = `${cp.pack.id}/${place.key}`;
    const section = sections.get(id) ?? {
      packId: cp.pack.id,
      packTitle: cp.pack.title,
      label: place.label,
      rank: place.rank,
      items: [],
    };
    section.items.push(itemId);
    sections.set(id, section);
    sectionOf.set(itemId, id);
    const node = nodes.get(entry.nodeId);
    if (node) nodeOf.set(itemId, node.label);
  }
  // sections follow the packs' asking order, then each pack's own order
  const packRank = new Map(packs.map((p, i) => [p.pack.id, i]));
  const ordered = [...sections].sort(
    ([, x], [, y]) => (packRank.get(x.packId) ?? 0) - (packRank.get(y.packId) ?? 0) || x.rank - y.rank,
  );
  return {
    sections: ordered.map(([id, { rank: _rank, ...s }]) => ({ id, ...s })),
    sectionOf,
    nodeOf,
  };
}

/**
 * Items the consultant should be asked, by the engine's own relevance rules (applicability to the
 * profile and `when` conditions): an item placed in several packs is asked if any placement is relevant.
 */
export function relevantItems(
  q: Questionnaire,
  answers: AnswerMap,
  profile: ProfileFacts | undefined,
): Set<string> {
  return new Set(interviewPlan(q, answers, profile).relevant);
}

export interface SectionProgress {
  readonly answered: number;
  readonly relevant: number;
  /** relevant questions passed over because they can no longer change a result */
  readonly passedOver: number;
}

/** `asked`: the items the interview asks; `passedOver`: the relevant ones it passes over. */
export function sectionProgress(
  section: Section,
  asked: (itemId: string) => boolean,
  answered: (itemId: string) => boolean,
  passedOver: (itemId: string) => boolean = () => false,
): SectionProgress {
  const mine = section.items.filter(asked);
  return {
    answered: mine.filter(answered).length,
    relevant: mine.length,
    passedOver: section.items.filter((id) => !asked(id) && passedOver(id)).length,
  };
}

/**
 * The walkthrough's questions in asking order: relevant ones, less those that can no longer change
 * a result unless the consultant opened them.
 */
export function askedSequence(
  outline: Outline,
  plan: InterviewPlan,
  opened: ReadonlySet<string> = new Set(),
): string[] {
  return inOutlineOrder(outline, askedBy(plan, opened));
}

/** The items `keep` accepts, in the order the walkthrough shows them. */
export function inOutlineOrder(outline: Outline, keep: (itemId: string) => boolean): string[] {
  return outline.sections.flatMap((s) => s.items.filter(keep));
}
