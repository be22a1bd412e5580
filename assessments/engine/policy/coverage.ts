import type { FundingInputs, PlannedInvestment } from '../funding';
import { listOf, nameOf, phrase } from '../phrase';
import type { Coverage, MeasureEvaluation, MissingInfo } from './result';
import type { Measure, PolicyCatalog, PolicyDocument } from './schema';

type Fit = { kind: 'fits' } | { kind: 'no' } | { kind: 'channel-unknown'; missing: MissingInfo };

/** Whether this one planned spending is of a kind, year and channel the measure pays for. */
function fits(doc: PolicyDocument, measure: Measure, inv: PlannedInvestment, index: number): Fit {
  if (!measure.funds.includes(inv.kind)) return { kind: 'no' };
  const validity = measure.validity ?? doc.validity;
  const from = Number(validity.from.slice(0, 4));
  const to = validity.to ? Number(validity.to.slice(0, 4)) : Infinity;
  if (inv.year < from || inv.year > to) return { kind: 'no' };
  const b = measure.benefit;
  const channels: readonly string[] | undefined =
    b.kind === 'ratio' && b.base.from === 'investments' ? b.base.channels : undefined;
  if (!channels || channels.includes(inv.channel)) return { kind: 'fits' };
  if (inv.channel !== 'unknown') return { kind: 'no' };
  const names = listOf(
    channels.map((c) => nameOf('channel', c)),
    'or',
  );
  return {
    kind: 'channel-unknown',
    missing: {
      field: `funding.investments.${index}.channel`,
      label: phrase('coverage.channelAsk', { channels: names }),
    },
  };
}

const ENTITLED = new Set(['eligible']);
const POSSIBLE = new Set(['competitive', 'after-prerequisites']);

function coverageOfOne(
  inv: PlannedInvestment,
  index: number,
  candidates: readonly { doc: PolicyDocument; measure: Measure; result: MeasureEvaluation }[],
): Coverage {
  const base = { kind: inv.kind, amountWan: inv.amountWan, year: inv.year, note: inv.note };
  const fitting = candidates
    .map((c) => ({ ...c, fit: fits(c.doc, c.measure, inv, index) }))
    .filter((c) => c.fit.kind !== 'no');
  const names = (pred: (status: string) => boolean) =>
    fitting.filter((c) => c.fit.kind === 'fits' && pred(c.result.status)).map((c) => c.result.name);
  const entitled = names((s) => ENTITLED.has(s));
  if (entitled.length > 0) return { ...base, status: 'entitled', measures: entitled, missing: [] };
  const possible = names((s) => POSSIBLE.has(s));
  if (possible.length > 0) return { ...base, status: 'possible', measures: possible, missing: [] };
  const needing = fitting.filter(
    (c) =>
      c.result.status === 'needs-information' ||
      (c.fit.kind === 'channel-unknown' && (ENTITLED.has(c.result.status) || POSSIBLE.has(c.result.status))),
  );
  if (needing.length === 0) return { ...base, status: 'uncovered', measures: [], missing: [] };
  const missing = needing.flatMap((c) =>
    c.fit.kind === 'channel-unknown' ? [c.fit.missing] : c.result.missing,
  );
  const seen = new Set<string>();
  return {
    ...base,
    status: 'needs-fact',
    measures: [...new Set(needing.map((c) => c.result.name))],
    missing: missing.filter((m) => (seen.has(m.field) ? false : (seen.add(m.field), true))),
  };
}

/**
 * For every planned investment: whether a measure eligible today pays for it, only one awarded on
 * merit or after a prerequisite, one that could given a missing fact (named), or none at all.
 */
export function coverageOf(
  catalog: PolicyCatalog,
  funding: FundingInputs,
  measures: readonly MeasureEvaluation[],
): Coverage[] {
  const byId = new Map(measures.map((m) => [m.measureId, m]));
  // a provincial umbrella ("鼓励地市设立…") pays only through its local measures, which carry the conditions
  const umbrella = (m: Measure) => m.conditions.some((c) => c.kind === 'local-implementation');
  const candidates = catalog.documents.flatMap((doc) =>
    doc.measures.flatMap((measure) => {
      const result = byId.get(measure.id);
      return result && !umbrella(measure) ? [{ doc, measure, result }] : [];
    }),
  );
  return funding.investments.map((inv, index) => coverageOfOne(inv, index, candidates));
}
