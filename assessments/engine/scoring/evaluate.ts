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

/** A pack's result by the pack's id. */
export interface PackLookup {
  get(packId: string): PackEval | undefined;
}

export interface Evaluation {
  readonly ctx: EvalContext;
  readonly packs: readonly PackEval[];
  readonly byId: PackLookup;
}

/**
 * An evaluation holds one to three packs, and a lift search builds one evaluation per trial: a
 * scan of the list it already has costs less than a map built for every trial.
 */
class PackList implements PackLookup {
  constructor(private readonly packs: readonly PackEval[]) {}

  get(packId: string): PackEval | undefined {
    for (const p of this.packs) if (p.cp.pack.id === packId) return p;
    return undefined;
  }
}

function evalPack(
  ctx: EvalContext,
  cp: CompiledPack,
  done: PackLookup,
  given?: PackRollup,
  trial?: { prev: PackEval; changed: readonly string[] },
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

function cmmmBase(cp: CompiledPack, prev: PackEval, changed: readonly string[]): CmmmBase | undefined {
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

function someIn(ids: readonly string[], index: { has(id: string): boolean }): boolean {
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
  changed?: readonly string[],
): Evaluation {
  const done: PackEval[] = [];
  const byId = new PackList(done);
  for (const cp of packs) done.push(packIn(ctx, cp, byId, previous, changed));
  return { ctx, packs: done, byId };
}

function packIn(
  ctx: EvalContext,
  cp: CompiledPack,
  done: PackLookup,
  previous: Evaluation | undefined,
  changed: readonly string[] | undefined,
): PackEval {
  const prev = previous && changed ? previous.byId.get(cp.pack.id) : undefined;
  if (!prev || !changed) return evalPack(ctx, cp, done);
  const placed = someIn(changed, cp.index.entry);
  const read = someIn(changed, cp.index.conditionItems);
  if (!placed && !read && cp.pack.scoring.kind !== 'tiers') return prev;
  if (read) return evalPack(ctx, cp, done, rollUp(cp, ctx));
  const roll = placed ? rollUpChanged(cp, ctx, prev.roll, changed) : prev.roll;
  return evalPack(ctx, cp, done, roll, { prev, changed });
}
