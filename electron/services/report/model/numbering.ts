import type { ModelResult } from '@engine/diagnosis/schema';
import type { BuildContext } from './input';

/** Where an item sits for a reader: its questionnaire section and its number "section.item". */
export interface ItemPlace {
  readonly no: string;
  readonly section: string;
  readonly sectionNo: number;
}

function topNode(model: ModelResult, nodeId: string): string {
  const parent = new Map(model.nodes.map((n) => [n.nodeId, n.parent]));
  let id = nodeId;
  for (let guard = 0; guard < 64; guard++) {
    const up = parent.get(id);
    if (up === null || up === undefined) return id;
    id = up;
  }
  return id;
}

/**
 * Human numbering of every item: sections are the top-level parts of the pack that first places
 * the item (primary pack first), numbered in asking order; items are numbered within them. Stands
 * in for the internal item ids wherever a reader needs to refer to an item.
 */
export function itemPlaces(ctx: BuildContext): Map<string, ItemPlace> {
  const sectionOf = new Map<string, { key: string; title: string }>();
  for (const model of ctx.input.diagnosis.models) {
    const labels = new Map(model.nodes.map((n) => [n.nodeId, n.label]));
    for (const s of model.items) {
      if (sectionOf.has(s.itemId)) continue;
      const top = topNode(model, s.nodeId);
      const label = labels.get(top);
      sectionOf.set(s.itemId, { key: `${model.modelId}/${top}`, title: label ? ctx.pick(label) : top });
    }
  }
  const sectionNo = new Map<string, number>();
  const counts = new Map<string, number>();
  const places = new Map<string, ItemPlace>();
  for (const id of ctx.input.questionnaire.order) {
    const sec = sectionOf.get(id) ?? { key: '', title: '' };
    if (!sectionNo.has(sec.key)) sectionNo.set(sec.key, sectionNo.size + 1);
    const n = (counts.get(sec.key) ?? 0) + 1;
    counts.set(sec.key, n);
    const no = sectionNo.get(sec.key)!;
    places.set(id, { no: `${no}.${n}`, section: sec.title, sectionNo: no });
  }
  return places;
}
