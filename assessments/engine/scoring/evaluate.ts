import type { AnswerMap } from '../answer';
import type { CompiledPack, Questionnaire } from '../model/questionnaire';
import type { ProfileFacts } from './condition';
import { makeContext, type EvalContext } from './context';
import { evalCmmm, evalSme, type CmmmBase, type CmmmEval, type SmeEval } from './levels';
import { rollUp, rollUpChanged, type PackRollup } from './pack';
import { evalTiers, type TierEval } from './tiers';

/** Everything computed for one pack, before it is shaped into a ModelResult. */
export interface PackEval {
  readonly cp: CompiledPack;
  readonly roll: PackRollup;
  /** estimated rank (tier, CMMM level, SME level); 0 below the first; null when the pack has no level rule */
  readonly rank: number | null;
  readonly pending: boolean;
  readonly cmmm?: CmmmEval;
  readonly sme?: SmeEval;
  readonly tiers?: TierEval;
}

export interface Evaluation {
  readonly ctx: EvalContext;
  readonly packs: readonly PackEval[];
  readonly byId: ReadonlyMap<string, PackEval>;
}

function evalPack(
  ctx: EvalContext,
  cp: CompiledPack,
  done: ReadonlyMap<string, PackEval>,
  given?: PackRollup,
  trial?: { prev: PackEval; changed: ReadonlySet<string> },
): PackEval {
  const roll = given ?? rollUp(cp, ctx);
  const scoring = cp.pack.scoring;
  const ruleUnconfirmed = 'confidence' in scoring && scoring.confidence !== 'confirmed';
  switch (scoring.kind) {
    case 'cmmm': {
      const cmmm = evalCmmm(cp, roll, scoring, trial && cmmmBase(cp, trial.prev, trial.changed));
      return { cp, roll, rank: cmmm.rank, pending: ruleUnconfirmed, cmmm };
    }
    case 'sme-digital': {
      const sme = evalSme(
        cp,
        roll,
        scoring,
        trial?.prev.sme && { sme: trial.prev.sme, roll: trial.prev.roll },
      );
      return { cp, roll, rank: sme.rank, pending: ruleUnconfirmed, sme };
    }
    case 'tiers': {
      const tiers = evalTiers(ctx, cp, roll, scoring, { rankOf: (id) => done.get(id)?.rank ?? undefined });
      return { cp, roll, rank: tiers.rank, pending: tiers.pending, tiers };
    }
    case 'weighted':
      return { cp, roll, rank: null, pending: false };
  }
}

function cmmmBase(cp: CompiledPack, prev: PackEval, changed: ReadonlySet<string>): CmmmBase | undefined {
  if (!prev.cmmm) return undefined;
  const entries: number[] = [];
  for (const id of changed) {
    const e = cp.index.entry.get(id);
    if (e !== undefined) entries.push(e);
  }
  return { cmmm: prev.cmmm, roll: prev.roll, changed: entries };
}

/** Scores every pack of the questionnaire, companions first so the primary's gates can read them. */
export function evaluate(
  q: Questionnaire,
  answers: AnswerMap,
  profile: ProfileFacts | undefined,
): Evaluation {
  return evaluateIn(makeContext(q, answers, profile), q.packs);
}

function someIn(ids: ReadonlySet<string>, index: { has(id: string): boolean }): boolean {
  for (const id of ids) if (index.has(id)) return true;
  return false;
}

/**
 * Scores the given packs in order. With `previous` and the ids `changed` since it (lift trials),
 * a pack the change cannot touch keeps its previous result, one that only places a changed item
 * re-rolls just that item's branch, and tiers packs always re-check their gates (they read
 * answers and the companions' estimates). A relevance condition reading a changed item forces a
 * full roll-up.
 */
export function evaluateIn(
  ctx: EvalContext,
  packs: readonly CompiledPack[],
  previous?: Evaluation,
  changed?: ReadonlySet<string>,
): Evaluation {
  const byId = new Map<string, PackEval>();
  for (const cp of packs) {
    const prev = previous && changed ? previous.byId.get(cp.pack.id) : undefined;
    if (!prev || !changed) {
      byId.set(cp.pack.id, evalPack(ctx, cp, byId));
      continue;
    }
    const placed = someIn(changed, cp.index.entry);
    const read = someIn(changed, cp.index.conditionItems);
    if (!placed && !read && cp.pack.scoring.kind !== 'tiers') {
      byId.set(cp.pack.id, prev);
      continue;
    }
    if (read) {
      byId.set(cp.pack.id, evalPack(ctx, cp, byId, rollUp(cp, ctx)));
      continue;
    }
    const roll = placed ? rollUpChanged(cp, ctx, prev.roll, changed) : prev.roll;
    byId.set(cp.pack.id, evalPack(ctx, cp, byId, roll, { prev, changed }));
  }
  return { ctx, packs: [...byId.values()], byId };
}
