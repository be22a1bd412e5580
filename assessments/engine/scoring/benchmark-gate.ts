import type { GateStatus } from '../diagnosis/schema';
import type { Gate } from '../model/schema';
import type { EvalContext } from './context';
import { phrase, type Phrase } from '../phrase';

type Words = { zh: string; en: string } | string;

type BenchmarkGate = Extract<Gate, { type: 'benchmark' }>;

export interface BenchmarkOutcome {
  readonly status: GateStatus;
  readonly detail: Phrase;
  readonly itemIds: readonly string[];
  readonly itemDriven: false;
  readonly deficit: number;
}

function chosen(ctx: EvalContext, itemId: string): string | undefined {
  const a = ctx.answers[itemId];
  return a?.kind === 'choices' ? a.selected[0] : undefined;
}

function optionLabel(ctx: EvalContext, itemId: string, optionId: string | undefined): Words | undefined {
  const item = ctx.q.items.get(itemId);
  return item?.type === 'choices' ? item.options.find((o) => o.id === optionId)?.label : undefined;
}

/** The enterprise's and the benchmark's value of the chosen indicator, as entered. */
function values(ctx: EvalContext, gate: BenchmarkGate): { mine: number; theirs: number } | undefined {
  const item = ctx.q.items.get(gate.figuresItem);
  const a = ctx.answers[gate.figuresItem];
  if (item?.type !== 'figures' || a?.kind !== 'figures') return undefined;
  const mine = a.figures[item.ratio.numerator];
  const theirs = a.figures[item.ratio.denominator];
  return mine === undefined || theirs === undefined ? undefined : { mine, theirs };
}

/** A value with its unit: a word unit ("万元/人") is spaced in English, a symbol ("%") or none is not. */
function valueWords(value: number, unit: string): Phrase {
  return phrase(unit === '' || unit === '%' ? 'dx.bench.valueSymbol' : 'dx.bench.value', { value, unit });
}

/**
 * 建设成效 against a benchmark: met only when the indicator, both values and a known source of the
 * benchmark are entered and the enterprise's value is better; without a known source the gate
 * needs verification, never met. Facts of the enterprise: no plan proposes changing them.
 */
export function benchmarkGate(gate: BenchmarkGate, ctx: EvalContext, holds: GateStatus): BenchmarkOutcome {
  const itemIds = [gate.indicatorItem, gate.figuresItem, gate.basisItem];
  const base = { itemIds, itemDriven: false as const };
  const option = chosen(ctx, gate.indicatorItem);
  const indicator = gate.indicators.find((i) => i.option === option);
  const v = values(ctx, gate);
  if (!indicator || !v) {
    return {
      ...base,
      status: 'unknown',
      detail: phrase('dx.bench.missing', { comparison: gate.comparison }),
      deficit: 1,
    };
  }
  const name = optionLabel(ctx, gate.indicatorItem, option) ?? option ?? '';
  const measured = phrase('dx.bench.measured', {
    name,
    mine: valueWords(v.mine, indicator.unit),
    theirs: valueWords(v.theirs, indicator.unit),
  });
  const basisId = chosen(ctx, gate.basisItem);
  const basis =
    basisId && !gate.noBasis.includes(basisId) ? optionLabel(ctx, gate.basisItem, basisId) : undefined;
  if (!basis) {
    return {
      ...base,
      status: 'needs-verification',
      detail: phrase('dx.bench.unsourced', { measured, comparison: gate.comparison }),
      deficit: 0,
    };
  }
  const better = indicator.better === 'higher' ? v.mine > v.theirs : v.mine < v.theirs;
  const direction = phrase(indicator.better === 'higher' ? 'dx.bench.higherBetter' : 'dx.bench.lowerBetter');
  return {
    ...base,
    status: better ? holds : 'fail',
    detail: phrase('dx.bench.compared', {
      measured,
      basis,
      direction,
      verdict: phrase(better ? 'dx.bench.better' : 'dx.bench.notBetter'),
      comparison: gate.comparison,
    }),
    deficit: better ? 0 : 1,
  };
}
