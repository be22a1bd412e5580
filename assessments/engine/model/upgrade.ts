import type { AnswerMap, AnswerValue } from '../answer';
import type { ModelPack, OwnedItem } from './schema';

/**
 * Moves answers saved against one version of a pack to the next, using the mapping the newer pack
 * declares (`upgrades` with fromVersion). Only items the old pack owns are touched; answers to
 * items of other packs pass through. Whatever cannot be carried over is reported, never dropped silently.
 */
export interface UpgradeReport {
  readonly answers: Record<string, AnswerValue>;
  readonly carried: ReadonlyArray<{ from: string; to: string }>;
  readonly unmapped: ReadonlyArray<{ itemId: string; reason: string }>;
}

export class UpgradeError extends Error {
  override readonly name = 'UpgradeError';
}

const KIND_OF: Record<OwnedItem['type'], AnswerValue['kind']> = {
  level: 'level',
  satisfaction: 'satisfaction',
  boolean: 'boolean',
  figures: 'figures',
  choices: 'choices',
};

function owned(pack: ModelPack): Map<string, OwnedItem> {
  return new Map(pack.items.flatMap((i) => (i.type === 'ref' ? [] : [[i.id, i] as const])));
}

function fits(item: OwnedItem | undefined, value: AnswerValue): boolean {
  if (!item) return false;
  if (value.kind === 'na') return item.naAllowed;
  if (KIND_OF[item.type] !== value.kind) return false;
  if (item.type === 'level' && value.kind === 'level') return value.level <= item.levels.length;
  if (item.type === 'choices' && value.kind === 'choices')
    return value.selected.every((s) => item.options.some((o) => o.id === s));
  return true;
}

export function upgradeAnswers(from: ModelPack, to: ModelPack, answers: AnswerMap): UpgradeReport {
  if (from.id !== to.id) throw new UpgradeError(`不能把 ${from.id} 的答案迁移到另一个模型 ${to.id}`);
  const mapping = to.upgrades.find((u) => u.fromVersion === from.version);
  if (!mapping) throw new UpgradeError(`${to.id}@${to.version} 未声明从 ${from.version} 迁移的映射`);
  const oldItems = owned(from);
  const newItems = owned(to);
  const out: Record<string, AnswerValue> = {};
  const carried: Array<{ from: string; to: string }> = [];
  const unmapped: Array<{ itemId: string; reason: string }> = [];
  const dropped = new Map(mapping.dropped.map((d) => [d.item, d.reason]));
  for (const [id, value] of Object.entries(answers)) {
    if (!oldItems.has(id)) {
      out[id] = value;
      continue;
    }
    const reason = dropped.get(id);
    if (reason) {
      unmapped.push({ itemId: id, reason });
      continue;
    }
    const relevel = mapping.relevel.find((r) => r.from === id);
    const target = relevel?.to ?? mapping.rename[id] ?? id;
    let mapped: AnswerValue | undefined = value;
    if (relevel && value.kind === 'level') {
      const level = relevel.levels[String(value.level)];
      mapped = level === undefined ? undefined : { kind: 'level', level };
    }
    if (!mapped || !fits(newItems.get(target), mapped)) {
      unmapped.push({
        itemId: id,
        reason: newItems.has(target) ? `新版题项 ${target} 的题型或选项已变化` : `新版中没有对应题项`,
      });
      continue;
    }
    out[target] = mapped;
    carried.push({ from: id, to: target });
  }
  return { answers: out, carried, unmapped };
}
