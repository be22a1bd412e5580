import type { AnswerValue } from '../answer';
import type { DiagnosisWarning } from '../diagnosis/schema';
import type { ChoicesItem, FiguresItem, OwnedItem, SatisfactionScale } from '../model/schema';
import { listOf, phrase, type Phrase } from '../phrase';

/**
 * How one answer scores against its item's definition. What the answer reads like is worded
 * apart (answerWords): the lift search scores hundreds of trial answers nobody reads.
 */
export interface ItemEval {
  readonly answered: boolean;
  readonly na: boolean;
  /** 0..1, null when unanswered, N/A or invalid */
  readonly fraction: number | null;
  readonly points: number | null;
  readonly maxPoints: number | null;
  readonly ratio: number | null;
  /** level items: the level answered */
  readonly level: number | null;
  readonly warning?: DiagnosisWarning;
}

export const SATISFACTION_ORDER = ['none', 'partial', 'most', 'full'] as const;
const SATISFACTION_WORDS = {
  full: phrase('dx.answer.sat.full'),
  most: phrase('dx.answer.sat.most'),
  partial: phrase('dx.answer.sat.partial'),
  none: phrase('dx.answer.sat.none'),
} as const;
const UNANSWERED_WORDS = phrase('dx.answer.unanswered');
const NA_WORDS = phrase('dx.answer.na');
const YES_WORDS = phrase('dx.answer.yes');
const NO_WORDS = phrase('dx.answer.no');

/** An item with no answer (or not in the questionnaire): scores nothing, shows 未作答. */
export const UNANSWERED: ItemEval = {
  answered: false,
  na: false,
  fraction: null,
  points: null,
  maxPoints: null,
  ratio: null,
  level: null,
};

function unanswered(item: OwnedItem, warning?: DiagnosisWarning): ItemEval {
  const base = { ...UNANSWERED, maxPoints: naturalMax(item) };
  return warning ? { ...base, warning } : base;
}

function warn(code: DiagnosisWarning['code'], item: OwnedItem, message: Phrase): DiagnosisWarning {
  return { code, itemId: item.id, message };
}

function round(n: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Raw points an item can earn: bands and options carry points; other types score 0..1. */
function rawMax(item: OwnedItem): number | null {
  if (item.type === 'figures') return Math.max(...item.bands.map((b) => b.points));
  if (item.type === 'choices') return choicesMax(item);
  return null;
}

function choicesMax(item: ChoicesItem): number {
  const points = item.options.map((o) => o.points);
  return item.select === 'multi' ? points.reduce((a, b) => a + b, 0) : Math.max(...points);
}

/** The points the item contributes to a points-scored pack at its best answer. */
function naturalMax(item: OwnedItem): number | null {
  return item.points ?? null;
}

function scored(
  item: OwnedItem,
  fraction: number,
  ratio: number | null = null,
  level: number | null = null,
): ItemEval {
  const max = naturalMax(item);
  return {
    answered: true,
    na: false,
    fraction: round(fraction, 6),
    points: max === null ? null : round(fraction * max),
    maxPoints: max,
    ratio,
    level,
  };
}

/** The band a ratio falls in: (previous upTo, upTo], the first band starting at 0 inclusive. */
export function bandIndex(item: FiguresItem, ratio: number): number {
  const i = item.bands.findIndex((b) => ratio <= b.upTo + 1e-12);
  return i === -1 ? item.bands.length - 1 : i;
}

function evalFigures(item: FiguresItem, figures: Readonly<Record<string, number>>): ItemEval {
  const num = figures[item.ratio.numerator];
  const den = figures[item.ratio.denominator];
  if (num === undefined || den === undefined) {
    return unanswered(
      item,
      warn(
        'figures-inconsistent',
        item,
        phrase('dx.warn.missingFigure', {
          item: item.label,
          field: fieldLabel(item, num === undefined ? item.ratio.numerator : item.ratio.denominator),
        }),
      ),
    );
  }
  if (den <= 0 || (num > den && !item.ratio.unbounded)) {
    return unanswered(
      item,
      warn('figures-inconsistent', item, phrase('dx.warn.badRatio', { item: item.label, num, den })),
    );
  }
  const ratio = num / den;
  const band = item.bands[bandIndex(item, ratio)]!;
  const max = rawMax(item) ?? 1;
  const fraction = max > 0 ? band.points / max : 0;
  return scored(item, fraction, round(ratio, 6));
}

function figuresWords(item: FiguresItem, figures: Readonly<Record<string, number>>): Phrase {
  if (item.ratio.unbounded)
    return phrase('dx.answer.parts', {
      parts: listOf(
        item.fields.map((f) => phrase('dx.answer.figure', { field: f.label, value: figures[f.id] ?? '—' })),
        'comma',
      ),
    });
  const ratio = figures[item.ratio.numerator]! / figures[item.ratio.denominator]!;
  const points = item.bands[bandIndex(item, ratio)]!.points;
  return phrase('dx.answer.ratioPoints', { percent: round(ratio * 100, 1), points });
}

type Option = ChoicesItem['options'][number];
// A pack's items do not change while it is loaded: each item's options are indexed once.
const OPTIONS = new WeakMap<ChoicesItem, ReadonlyMap<string, Option>>();

function optionsOf(item: ChoicesItem): ReadonlyMap<string, Option> {
  let known = OPTIONS.get(item);
  if (!known) {
    known = new Map(item.options.map((o) => [o.id, o]));
    OPTIONS.set(item, known);
  }
  return known;
}

/** The options an answer picks, each once, in the order picked. */
function pickedOptions(item: ChoicesItem, selected: readonly string[]): Option[] {
  const known = optionsOf(item);
  return [...new Set(selected)].map((id) => known.get(id)!);
}

function evalChoices(item: ChoicesItem, selected: readonly string[]): ItemEval {
  const known = optionsOf(item);
  const unknown = selected.filter((id) => !known.has(id));
  if (unknown.length > 0)
    return unanswered(
      item,
      warn(
        'invalid-answer',
        item,
        phrase('dx.warn.unknownOption', { item: item.label, options: listOf(unknown) }),
      ),
    );
  const picked = pickedOptions(item, selected);
  if (item.select === 'single' && picked.length > 1) {
    return unanswered(
      item,
      warn('invalid-answer', item, phrase('dx.warn.singleChoice', { item: item.label })),
    );
  }
  const raw = picked.reduce((sum, o) => sum + o.points, 0);
  const max = choicesMax(item);
  return scored(item, max > 0 ? Math.min(1, raw / max) : 0);
}

/** Scores one answer; a wrong kind, an unknown option or N/A where not allowed is a warning, not a crash. */
export function evalItem(
  item: OwnedItem,
  value: AnswerValue | undefined,
  scale: SatisfactionScale | undefined,
): ItemEval {
  if (value === undefined) return unanswered(item);
  if (value.kind === 'na') {
    if (!item.naAllowed)
      return unanswered(
        item,
        warn('na-not-allowed', item, phrase('dx.warn.naNotAllowed', { item: item.label })),
      );
    return { ...UNANSWERED, answered: true, na: true };
  }
  const mismatch = (): ItemEval =>
    unanswered(
      item,
      warn(
        'type-mismatch',
        item,
        phrase('dx.warn.typeMismatch', { item: item.label, kind: value.kind, type: item.type }),
      ),
    );
  switch (item.type) {
    case 'level': {
      if (value.kind !== 'level') return mismatch();
      const max = item.levels.length;
      if (value.level > max)
        return unanswered(
          item,
          warn('invalid-answer', item, phrase('dx.warn.levelTooHigh', { item: item.label, max })),
        );
      return scored(item, value.level / max, null, value.level);
    }
    case 'satisfaction': {
      if (value.kind !== 'satisfaction') return mismatch();
      const degree = scale ? scale[value.value] : SATISFACTION_ORDER.indexOf(value.value) / 3;
      return scored(item, degree);
    }
    case 'boolean':
      if (value.kind !== 'boolean') return mismatch();
      return scored(item, value.value ? 1 : 0);
    case 'figures':
      return value.kind === 'figures' ? evalFigures(item, value.figures) : mismatch();
    case 'choices':
      return value.kind === 'choices' ? evalChoices(item, value.selected) : mismatch();
  }
}

/** What an answer reads like (未作答 when it scores as unanswered: none, invalid or the wrong kind). */
export function answerWords(
  item: OwnedItem | undefined,
  value: AnswerValue | undefined,
  ev: ItemEval,
): Phrase {
  if (!item || !value || !ev.answered) return UNANSWERED_WORDS;
  if (ev.na) return NA_WORDS;
  switch (value.kind) {
    case 'level':
      return levelWords(value.level);
    case 'satisfaction':
      return SATISFACTION_WORDS[value.value];
    case 'boolean':
      return value.value ? YES_WORDS : NO_WORDS;
    case 'figures':
      return item.type === 'figures' ? figuresWords(item, value.figures) : UNANSWERED_WORDS;
    case 'choices': {
      if (item.type !== 'choices') return UNANSWERED_WORDS;
      const picked = pickedOptions(item, value.selected);
      return picked.length
        ? phrase('dx.answer.parts', { parts: listOf(picked.map((o) => o.label)) })
        : phrase('dx.answer.noneSelected');
    }
    case 'na':
      return NA_WORDS;
  }
}

/**
 * A better answer and how many steps away it is (for gaps and the cheapest-lift search). What the
 * change reads like is worded apart (rungWords), for the few changes a plan keeps.
 */
export interface Rung {
  readonly to: AnswerValue;
  readonly steps: number;
}

const levelWords = (level: number): Phrase => phrase('dx.answer.level', { level });
const change = (from: Phrase | { zh: string; en: string }, to: Phrase | { zh: string; en: string }): Phrase =>
  phrase('dx.move.change', { from, to });

/** A figures field's label, or its id when the pack does not name it. */
function fieldLabel(item: FiguresItem, id: string): { zh: string; en: string } | string {
  return item.fields.find((f) => f.id === id)?.label ?? id;
}

function levelRungs(max: number, current: number): Rung[] {
  const rungs: Rung[] = [];
  for (let l = current + 1; l <= max; l++)
    rungs.push({ to: { kind: 'level', level: l }, steps: l - current });
  return rungs;
}

function figuresRungs(item: FiguresItem, value: AnswerValue | undefined): Rung[] {
  if (value?.kind !== 'figures') return [];
  const den = value.figures[item.ratio.denominator];
  const num = value.figures[item.ratio.numerator];
  if (den === undefined || num === undefined || den <= 0 || num > den) return [];
  const from = bandIndex(item, num / den);
  const rungs: Rung[] = [];
  for (let b = from + 1; b < item.bands.length; b++) {
    if (item.bands[b]!.points <= item.bands[from]!.points) continue;
    const needed = Math.min(den, Math.floor(item.bands[b - 1]!.upTo * den) + 1);
    if (bandIndex(item, needed / den) !== b) continue;
    rungs.push({
      to: { kind: 'figures', figures: { ...value.figures, [item.ratio.numerator]: needed } },
      steps: b - from,
    });
  }
  return rungs;
}

const selectedOf = (value: AnswerValue | undefined): readonly string[] =>
  value?.kind === 'choices' ? value.selected : [];

/** The options an answer selects, in the pack's order. */
const currentOptions = (item: ChoicesItem, selected: readonly string[]): Option[] =>
  item.options.filter((o) => selected.includes(o.id));

function choicesRungs(item: ChoicesItem, value: AnswerValue | undefined): Rung[] {
  const selected = selectedOf(value);
  const current = currentOptions(item, selected);
  if (item.select === 'single') {
    // single choice: options ordered by points form the ladder; steps = positions climbed
    const ladder = [...item.options].sort((a, b) => a.points - b.points);
    const now = current[0] ? ladder.indexOf(current[0]) : -1;
    const nowPoints = current[0]?.points ?? 0;
    return ladder.flatMap((o, i): Rung[] =>
      o.points > nowPoints
        ? [{ to: { kind: 'choices', selected: [o.id] }, steps: i - Math.max(now, 0) }]
        : [],
    );
  }
  const rest = item.options
    .filter((o) => !selected.includes(o.id) && o.points > 0)
    .sort((a, b) => b.points - a.points);
  return rest.map((_, k) => ({
    to: { kind: 'choices', selected: [...selected, ...rest.slice(0, k + 1).map((o) => o.id)] },
    steps: k + 1,
  }));
}

function choicesWords(item: ChoicesItem, from: AnswerValue | undefined, to: readonly string[]): Phrase {
  const selected = selectedOf(from);
  const current = currentOptions(item, selected);
  const known = optionsOf(item);
  if (item.select === 'single')
    return change(current[0]?.label ?? UNANSWERED_WORDS, known.get(to[0]!)?.label ?? UNANSWERED_WORDS);
  // a multi-choice rung keeps the answer's selection and appends the options it adds
  const added = to.slice(selected.length).map((id) => known.get(id)?.label ?? id);
  return phrase('dx.move.add', { n: current.length, added: listOf(added) });
}

/** What moving an item's answer `from` → `to` (a rung of betterAnswers) reads like. */
export function rungWords(item: OwnedItem, from: AnswerValue | undefined, to: AnswerValue): Phrase {
  const v = from?.kind === 'na' ? undefined : from;
  switch (item.type) {
    case 'level':
      return change(
        levelWords(v?.kind === 'level' ? v.level : 0),
        to.kind === 'level' ? levelWords(to.level) : UNANSWERED_WORDS,
      );
    case 'satisfaction':
      return change(
        v?.kind === 'satisfaction' ? SATISFACTION_WORDS[v.value] : UNANSWERED_WORDS,
        to.kind === 'satisfaction' ? SATISFACTION_WORDS[to.value] : UNANSWERED_WORDS,
      );
    case 'boolean':
      return change(NO_WORDS, YES_WORDS);
    case 'figures': {
      const field = item.ratio.numerator;
      return phrase('dx.move.figure', {
        field: fieldLabel(item, field),
        from: v?.kind === 'figures' ? (v.figures[field] ?? 0) : 0,
        to: to.kind === 'figures' ? (to.figures[field] ?? 0) : 0,
      });
    }
    case 'choices':
      return choicesWords(item, v, to.kind === 'choices' ? to.selected : []);
  }
}

/** Every strictly better answer, nearest first. N/A and unanswered start from the bottom. */
export function betterAnswers(item: OwnedItem, value: AnswerValue | undefined): Rung[] {
  const v = value?.kind === 'na' ? undefined : value;
  switch (item.type) {
    case 'level':
      return levelRungs(item.levels.length, v?.kind === 'level' ? v.level : 0);
    case 'satisfaction': {
      const from = v?.kind === 'satisfaction' ? SATISFACTION_ORDER.indexOf(v.value) : 0;
      return SATISFACTION_ORDER.slice(from + 1).map((s, i): Rung => ({
        to: { kind: 'satisfaction', value: s },
        steps: i + 1,
      }));
    }
    case 'boolean':
      return v?.kind === 'boolean' && v.value ? [] : [{ to: { kind: 'boolean', value: true }, steps: 1 }];
    case 'figures':
      return figuresRungs(item, v);
    case 'choices':
      return choicesRungs(item, v);
  }
}
