import type { AnswerValue } from '../engine/answer';
import type { Gap } from '../engine/diagnosis/schema';
import type { Questionnaire } from '../engine/model/questionnaire';
import type { OwnedItem } from '../engine/model/schema';

/**
 * What a gap means in the enterprise's own terms: the quantity it entered and the quantity that
 * closes the gap, in the same unit. Scores appear only where an item has no measured quantity, and
 * then they are labelled as scores by the caller. Pure: the report and the results page format it.
 */
export type GapReading =
  | {
      readonly kind: 'ratio';
      /** entered ratio as a percentage (one decimal) with the counts it was computed from */
      readonly percent: number;
      readonly numerator: number;
      readonly denominator: number;
      readonly unit: string;
      /** the ratio must exceed this percentage (band lower edge); null when already at the target */
      readonly abovePercent: number | null;
      /** the smallest numerator that exceeds it at the same denominator (whole units only) */
      readonly numeratorAtLeast: number | null;
    }
  | { readonly kind: 'level'; readonly current: number; readonly target: number }
  | { readonly kind: 'satisfaction'; readonly current: SatisfactionValue; readonly target: SatisfactionValue }
  | { readonly kind: 'boolean'; readonly current: boolean }
  /** single-choice items: the option chosen and the option that closes the gap (labels in zh/en) */
  | {
      readonly kind: 'choice';
      readonly current: { readonly zh: string; readonly en: string };
      readonly target: { readonly zh: string; readonly en: string };
    }
  | { readonly kind: 'score'; readonly currentPercent: number; readonly targetPercent: number }
  | { readonly kind: 'none' };

export type SatisfactionValue = 'full' | 'most' | 'partial' | 'none';

/** Units counted in whole pieces: the target count is rounded up to a whole number of them. */
const WHOLE_UNITS = new Set(['台', '套', '个', '人', '项', '条', '家', '件', '次']);

const pct1 = (f: number): number => Math.round(f * 1000) / 10;

export interface GapFacts {
  readonly item: OwnedItem | undefined;
  readonly answer: AnswerValue | null | undefined;
  readonly currentFraction: number | null;
  readonly targetFraction: number | null;
  /** the satisfaction degrees of the item's pack, to name the degree a target fraction needs */
  readonly scale?: Readonly<Record<SatisfactionValue, number>> | undefined;
}

function ratioReading(
  item: Extract<OwnedItem, { type: 'figures' }>,
  figures: Readonly<Record<string, number>>,
  targetFraction: number | null,
): GapReading {
  const num = figures[item.ratio.numerator];
  const den = figures[item.ratio.denominator];
  if (num === undefined || den === undefined || den <= 0) return { kind: 'none' };
  const unit = item.fields.find((f) => f.id === item.ratio.numerator)?.unit ?? '';
  const max = Math.max(...item.bands.map((b) => b.points));
  const wanted = (targetFraction ?? 1) * max - 1e-9;
  const i = item.bands.findIndex((b) => b.points >= wanted);
  const lower = i <= 0 ? null : item.bands[i - 1]!.upTo;
  const reached = lower === null || num / den > lower;
  const atLeast =
    lower === null || reached
      ? null
      : WHOLE_UNITS.has(unit)
        ? Math.floor(lower * den + 1e-9) + 1
        : Math.round(lower * den * 10) / 10;
  return {
    kind: 'ratio',
    percent: pct1(num / den),
    numerator: num,
    denominator: den,
    unit,
    abovePercent: reached || lower === null ? null : pct1(lower),
    numeratorAtLeast: atLeast,
  };
}

function satisfactionFor(
  fraction: number,
  scale: Readonly<Record<SatisfactionValue, number>>,
): SatisfactionValue {
  const order: SatisfactionValue[] = ['none', 'partial', 'most', 'full'];
  return order.find((s) => scale[s] >= fraction - 1e-9) ?? 'full';
}

/** The reading of one item gap; `none` when the gap is not about one answered item. */
export function gapReading(facts: GapFacts): GapReading {
  const { item, answer, currentFraction, targetFraction } = facts;
  if (!item || !answer) return { kind: 'none' };
  if (item.type === 'figures' && answer.kind === 'figures')
    return ratioReading(item, answer.figures, targetFraction);
  if (item.type === 'level' && answer.kind === 'level') {
    const top = Math.max(...item.levels.map((l) => l.level));
    const target = Math.min(top, Math.ceil((targetFraction ?? 1) * top - 1e-9));
    return { kind: 'level', current: answer.level, target: Math.max(target, answer.level) };
  }
  if (item.type === 'satisfaction' && answer.kind === 'satisfaction' && facts.scale)
    return {
      kind: 'satisfaction',
      current: answer.value,
      target: satisfactionFor(targetFraction ?? 1, facts.scale),
    };
  if (item.type === 'boolean' && answer.kind === 'boolean') return { kind: 'boolean', current: answer.value };
  if (item.type === 'choices' && item.select === 'single' && answer.kind === 'choices') {
    const chosen = item.options.find((o) => o.id === answer.selected[0]);
    const max = Math.max(...item.options.map((o) => o.points));
    const wanted = (targetFraction ?? 1) * max - 1e-9;
    const target = [...item.options].sort((a, b) => a.points - b.points).find((o) => o.points >= wanted);
    if (chosen && target) return { kind: 'choice', current: chosen.label, target: target.label };
  }
  if (currentFraction === null || targetFraction === null) return { kind: 'none' };
  return { kind: 'score', currentPercent: pct1(currentFraction), targetPercent: pct1(targetFraction) };
}

/** The reading of a ranked gap, looked up in the questionnaire and the answers it was computed from. */
export function gapReadingOf(
  gap: Pick<Gap, 'itemId' | 'currentFraction' | 'targetFraction'>,
  questionnaire: Pick<Questionnaire, 'items' | 'scales'>,
  answerOf: (itemId: string) => AnswerValue | null | undefined,
): GapReading {
  const id = gap.itemId;
  return gapReading({
    item: id ? questionnaire.items.get(id) : undefined,
    answer: id ? answerOf(id) : undefined,
    currentFraction: gap.currentFraction,
    targetFraction: gap.targetFraction,
    scale: id ? questionnaire.scales.get(id) : undefined,
  });
}

/** The words a reading is written with; each catalog (report, UI) supplies them in its language. */
export type ReadingWord =
  | 'ratio'
  | 'ratioTarget'
  | 'ratioTargetPlain'
  | 'reached'
  | 'level'
  | 'score'
  | `sat.${SatisfactionValue}`
  | 'yes'
  | 'no';

export interface ReadingWords {
  readonly word: (key: ReadingWord, vars?: Readonly<Record<string, string | number>>) => string;
  /** an option label {zh, en} in the reader's language */
  readonly pick: (label: { readonly zh: string; readonly en: string }) => string;
}

/**
 * A gap as one line, "entered → needed", in the entered unit: the report's gap table and the
 * results screen's gap list both print this. null for a gap that is not about one answered item.
 */
export function readingText(r: GapReading, w: ReadingWords): string | null {
  switch (r.kind) {
    case 'ratio': {
      const den = r.denominator;
      const current = w.word('ratio', { percent: r.percent, num: r.numerator, den, unit: r.unit });
      if (r.abovePercent === null) return `${current} → ${w.word('reached')}`;
      const target =
        r.numeratorAtLeast === null
          ? w.word('ratioTargetPlain', { above: r.abovePercent })
          : w.word('ratioTarget', { above: r.abovePercent, need: r.numeratorAtLeast, den, unit: r.unit });
      return `${current} → ${target}`;
    }
    case 'level':
      return `${w.word('level', { n: r.current })} → ${w.word('level', { n: r.target })}`;
    case 'satisfaction':
      return `${w.word(`sat.${r.current}`)} → ${w.word(`sat.${r.target}`)}`;
    case 'boolean':
      return `${w.word(r.current ? 'yes' : 'no')} → ${w.word('yes')}`;
    case 'choice':
      return `${w.pick(r.current)} → ${w.pick(r.target)}`;
    case 'score':
      return `${w.word('score', { value: r.currentPercent })} → ${r.targetPercent}%`;
    case 'none':
      return null;
  }
}
