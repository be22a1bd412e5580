import type { AnswerValue } from '@engine/answer';
import type { OwnedItem } from '@engine/model/schema';

/**
 * Keyboard answers: each selectable card shows the digit that picks it. Levels use their own
 * number (0 = below the first descriptor); satisfaction runs 1 不满足 … 4 全部满足, in the same
 * ascending direction; yes/no is 1 是 / 2 否; multi-select digits toggle an option and 0 means
 * "none of these"; figures are typed into their fields. Choice options beyond the ninth take
 * lower-case letters, skipping n and f (不适用 and 待复核 keep their meaning).
 */
export const SATISFACTION_ORDER = ['none', 'partial', 'most', 'full'] as const;
export type SatisfactionValue = (typeof SATISFACTION_ORDER)[number];

export interface AnswerOption {
  readonly key: string;
  readonly value: AnswerValue;
}

/** The options shown as cards, in display order, each with its key. */
export function optionsOf(item: OwnedItem): AnswerOption[] {
  switch (item.type) {
    case 'level': {
      const levels = [0, ...item.levels.map((l) => l.level)];
      return levels.map((level) => ({ key: String(level), value: { kind: 'level', level } }));
    }
    case 'satisfaction':
      return SATISFACTION_ORDER.map((value, i) => ({
        key: String(i + 1),
        value: { kind: 'satisfaction', value },
      }));
    case 'boolean':
      return [
        { key: '1', value: { kind: 'boolean', value: true } },
        { key: '2', value: { kind: 'boolean', value: false } },
      ];
    case 'choices':
    case 'figures':
      return [];
  }
}

const EXTRA_KEYS = 'abcdeghijklmopqrstuvwxyz';

/** The key that picks the i-th (0-based) option of a choices item, or undefined past the last key. */
export function choiceKey(i: number): string | undefined {
  return i < 9 ? String(i + 1) : EXTRA_KEYS[i - 9];
}

function choiceIndex(key: string): number {
  if (/^[1-9]$/.test(key)) return Number(key) - 1;
  const extra = key.length === 1 ? EXTRA_KEYS.indexOf(key) : -1;
  return extra < 0 ? -1 : 9 + extra;
}

function toggle(selected: readonly string[], id: string): string[] {
  return selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
}

/** The answer a key press gives, or undefined when the key means nothing for this item. */
export function answerForKey(
  item: OwnedItem,
  key: string,
  current: AnswerValue | null,
): AnswerValue | undefined {
  if (item.type === 'choices') {
    if (key === '0' && item.select === 'multi') return { kind: 'choices', selected: [] };
    const option = item.options[choiceIndex(key)];
    if (!option) return undefined;
    if (item.select === 'single') return { kind: 'choices', selected: [option.id] };
    const selected = current?.kind === 'choices' ? current.selected : [];
    return { kind: 'choices', selected: toggle(selected, option.id) };
  }
  return optionsOf(item).find((o) => o.key === key)?.value;
}

/** Whether two answers are the same choice (for highlighting the selected card). */
export function sameAnswer(a: AnswerValue | null | undefined, b: AnswerValue | null | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
