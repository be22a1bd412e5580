import type { AnswerValue } from '../answer';
import type { DiagnosisWarning } from '../diagnosis/schema';
import type { ChoicesItem, FiguresItem, OwnedItem, SatisfactionScale } from '../model/schema';
import { listOf, phrase, type Phrase } from '../phrase';

/** How one answer scores against its item's definition. */
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
  readonly display: Phrase;
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

/** An item with no answer (or not in the questionnaire): scores nothing, shows 未作答. */
export const UNANSWERED: ItemEval = {
  answered: false,
  na: false,
  fraction: null,
  points: null,
  maxPoints: null,
  ratio: null,
  level: null,
  display: UNANSWERED_WORDS,
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

function scored(item: OwnedItem, fraction: number, extra: Partial<ItemEval> & { display: Phrase }): ItemEval {
  const max = naturalMax(item);
  return {
    answered: true,
    na: false,
    fraction: round(fraction, 6),
    points: max === null ? null : round(fraction * max),
    maxPoints: max,
    ratio: null,
    level: null,
    ...extra,
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
  return scored(item, fraction, {
    ratio: round(ratio, 6),
    display: item.ratio.unbounded
      ? phrase('dx.answer.parts', {
          parts: listOf(
            item.fields.map((f) =>
              phrase('dx.answer.figure', { field: f.label, value: figures[f.id] ?? '—' }),
            ),
            'comma',
          ),
        })
      : phrase('dx.answer.ratioPoints', { percent: round(ratio * 100, 1), points: band.points }),
  });
}

function evalChoices(item: ChoicesItem, selected: readonly string[]): ItemEval {
  const known = new Map(item.options.map((o) => [o.id, o]));
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
  const picked = [...new Set(selected)].map((id) => known.get(id)!);
  if (item.select === 'single' && picked.length > 1) {
    return unanswered(
      item,
      warn('invalid-answer', item, phrase('dx.warn.singleChoice', { item: item.label })),
    );
  }
  const raw = picked.reduce((sum, o) => sum + o.points, 0);
  const max = choicesMax(item);
  const fraction = max > 0 ? Math.min(1, raw / max) : 0;
  return scored(item, fraction, {
    display: picked.length
      ? phrase('dx.answer.parts', { parts: listOf(picked.map((o) => o.label)) })
      : phrase('dx.answer.noneSelected'),
  });
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
    return { ...UNANSWERED, answered: true, na: true, display: phrase('dx.answer.na') };
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
      return scored(item, value.level / max, { level: value.level, display: levelWords(value.level) });
    }
    case 'satisfaction': {
      if (value.kind !== 'satisfaction') return mismatch();
      const degree = scale ? scale[value.value] : SATISFACTION_ORDER.indexOf(value.value) / 3;
      return scored(item, degree, { display: SATISFACTION_WORDS[value.value] });
    }
    case 'boolean':
      if (value.kind !== 'boolean') return mismatch();
      return scored(item, value.value ? 1 : 0, {
        display: phrase(value.value ? 'dx.answer.yes' : 'dx.answer.no'),
      });
    case 'figures':
      return value.kind === 'figures' ? evalFigures(item, value.figures) : mismatch();
    case 'choices':
      return value.kind === 'choices' ? evalChoices(item, value.selected) : mismatch();
  }
}

/** A better answer and how many steps away it is (for gaps and the cheapest-lift search). */
export interface Rung {
  readonly to: AnswerValue;
  readonly steps: number;
  readonly display: Phrase;
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
    rungs.push({
      to: { kind: 'level', level: l },
      steps: l - current,
      display: change(levelWords(current), levelWords(l)),
    });
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
      display: phrase('dx.move.figure', {
        field: fieldLabel(item, item.ratio.numerator),
        from: num,
        to: needed,
      }),
    });
  }
  return rungs;
}

function choicesRungs(item: ChoicesItem, value: AnswerValue | undefined): Rung[] {
  const selected = value?.kind === 'choices' ? value.selected : [];
  const current = item.options.filter((o) => selected.includes(o.id));
  const rest = item.options
    .filter((o) => !selected.includes(o.id) && o.points > 0)
    .sort((a, b) => b.points - a.points);
  if (item.select === 'single') {
    // single choice: options ordered by points form the ladder; steps = positions climbed
    const ladder = [...item.options].sort((a, b) => a.points - b.points);
    const now = current[0] ? ladder.indexOf(current[0]) : -1;
    const nowPoints = current[0]?.points ?? 0;
    return ladder.flatMap((o, i): Rung[] =>
      o.points > nowPoints
        ? [
            {
              to: { kind: 'choices', selected: [o.id] },
              steps: i - Math.max(now, 0),
              display: change(current[0]?.label ?? UNANSWERED_WORDS, o.label),
            },
          ]
        : [],
    );
  }
  return rest.map((_, k) => {
    const added = rest.slice(0, k + 1);
    return {
      to: { kind: 'choices', selected: [...selected, ...added.map((o) => o.id)] },
      steps: k + 1,
      display: phrase('dx.move.add', { n: current.length, added: listOf(added.map((o) => o.label)) }),
    };
  });
}

/** Every strictly better answer, nearest first. N/A and unanswered start from the bottom. */
export function betterAnswers(item: OwnedItem, value: AnswerValue | undefined): Rung[] {
  const v = value?.kind === 'na' ? undefined : value;
  switch (item.type) {
    case 'level':
      return levelRungs(item.levels.length, v?.kind === 'level' ? v.level : 0);
    case 'satisfaction': {
      const from = v?.kind === 'satisfaction' ? SATISFACTION_ORDER.indexOf(v.value) : 0;
      const now = v?.kind === 'satisfaction' ? SATISFACTION_WORDS[v.value] : UNANSWERED_WORDS;
      return SATISFACTION_ORDER.slice(from + 1).map((s, i): Rung => ({
        to: { kind: 'satisfaction', value: s },
        steps: i + 1,
        display: change(now, SATISFACTION_WORDS[s]),
      }));
    }
    case 'boolean':
      return v?.kind === 'boolean' && v.value
        ? []
        : [
            {
              to: { kind: 'boolean', value: true },
              steps: 1,
              display: change(phrase('dx.answer.no'), phrase('dx.answer.yes')),
            },
          ];
    case 'figures':
      return figuresRungs(item, v);
    case 'choices':
      return choicesRungs(item, v);
  }
}
