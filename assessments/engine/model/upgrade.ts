import type { AnswerMap, AnswerValue } from '../answer';
import type { ModelPack, OwnedItem, Upgrade, UpgradeItem } from './schema';

/**
 * Moves answers saved against an older version of a pack to this version, by the mapping the pack
 * declares for that version (`upgrades`). Only items the mapping names change; every other answer
 * passes through untouched. Each change is reported with the question as it was asked, so a
 * person can read what happened; nothing is dropped without its declared reason.
 */
export interface UpgradeChange {
  /** the item's id in the older version */
  readonly itemId: string;
  /** the question as the older version asked it */
  readonly question: string;
  /** moved: the answer now sits on `to` (converted); dropped: it could not be carried */
  readonly outcome: 'moved' | 'dropped';
  readonly to: string | null;
  /** the declared reason (dropped answers, dropped options) */
  readonly reason: string | null;
}

export interface UpgradeResult {
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly answers: Record<string, AnswerValue>;
  readonly changes: readonly UpgradeChange[];
}

/** The pack declares no way to bring answers of that version to its own. */
export class UpgradeError extends Error {
  override readonly name = 'UpgradeError';
  constructor(
    /** the questionnaire's title as a person reads it */
    readonly title: string,
    readonly fromVersion: string,
    readonly toVersion: string,
  ) {
    super(
      `问卷「${title}」${toVersion} 版没有声明如何升级 ${fromVersion} 版的回答；评估保持原样，未作任何改动`,
    );
  }
}

/** The mapping from `fromVersion` to the pack's version, or an UpgradeError. */
export function upgradeMapping(pack: ModelPack, fromVersion: string): Upgrade {
  const mapping = pack.upgrades.find((u) => u.fromVersion === fromVersion);
  if (!mapping) throw new UpgradeError(pack.title.zh, fromVersion, pack.version);
  return mapping;
}

const KIND_OF: Record<OwnedItem['type'], AnswerValue['kind']> = {
  level: 'level',
  satisfaction: 'satisfaction',
  boolean: 'boolean',
  figures: 'figures',
  choices: 'choices',
};

function fits(item: OwnedItem | undefined, value: AnswerValue): boolean {
  if (!item) return false;
  if (value.kind === 'na') return item.naAllowed;
  if (KIND_OF[item.type] !== value.kind) return false;
  if (item.type === 'level' && value.kind === 'level') return value.level <= item.levels.length;
  if (item.type === 'choices' && value.kind === 'choices')
    return value.selected.length > 0 && value.selected.every((s) => item.options.some((o) => o.id === s));
  return true;
}

/** The old value in the new item's terms, with the reason of any option that had to go. */
function convert(entry: UpgradeItem, value: AnswerValue): { value: AnswerValue; reason: string | null } {
  if (value.kind === 'level' && entry.levels)
    return {
      value: { kind: 'level', level: entry.levels[String(value.level)] ?? value.level },
      reason: null,
    };
  if (value.kind !== 'choices') return { value, reason: null };
  const gone = value.selected.filter((s) => entry.droppedOptions?.[s] !== undefined);
  const kept = value.selected.filter((s) => !gone.includes(s)).map((s) => entry.options?.[s] ?? s);
  const reason = gone.length > 0 ? gone.map((s) => entry.droppedOptions![s]).join('；') : null;
  return { value: { ...value, selected: [...new Set(kept)] }, reason };
}

const CANNOT_CONVERT = '新版的题型或选项不同，旧回答无法换算，请重新作答';

export function upgradeAnswers(pack: ModelPack, fromVersion: string, answers: AnswerMap): UpgradeResult {
  const mapping = upgradeMapping(pack, fromVersion);
  const owned = new Map(pack.items.flatMap((i) => (i.type === 'ref' ? [] : [[i.id, i] as const])));
  const out: Record<string, AnswerValue> = { ...answers };
  const changes: UpgradeChange[] = [];
  for (const entry of mapping.items) {
    const value = answers[entry.item];
    if (!value) continue;
    delete out[entry.item];
    const base = { itemId: entry.item, question: entry.question };
    if (entry.to === undefined) {
      changes.push({ ...base, outcome: 'dropped', to: null, reason: entry.dropped ?? null });
      continue;
    }
    const { value: next, reason } = convert(entry, value);
    if (!fits(owned.get(entry.to), next)) {
      changes.push({ ...base, outcome: 'dropped', to: null, reason: reason ?? CANNOT_CONVERT });
      continue;
    }
    out[entry.to] = next;
    if (entry.to !== entry.item || JSON.stringify(next) !== JSON.stringify(value) || reason)
      changes.push({ ...base, outcome: 'moved', to: entry.to, reason });
  }
  return { fromVersion, toVersion: pack.version, answers: out, changes };
}
