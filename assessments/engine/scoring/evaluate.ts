import type { AnswerMap } from '../answer';
import type { CompiledPack, Questionnaire } from '../model/questionnaire';
import type { ProfileFacts } from './condition';
import { makeContext, type EvalContext } from './context';
import { evalCmmm, evalSme, type CmmmEval, type SmeEval } from './levels';
import { rollUp, type PackRollup } from './pack';
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
  unchanged?: PackRollup,
): PackEval {
  const roll = unchanged ?? rollUp(cp, ctx);
  const scoring = cp.pack.scoring;
  const ruleUnconfirmed = 'confidence' in scoring && scoring.confidence !== 'confirmed';
  switch (scoring.kind) {
    case 'cmmm': {
      const cmmm = evalCmmm(cp, roll, scoring);
      return { cp, roll, rank: cmmm.rank, pending: ruleUnconfirmed, cmmm };
    }
    case 'sme-digital': {
      const sme = evalSme(cp, roll, scoring);
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

/** Scores every pack of the questionnaire, companions first so the primary's gates can read them. */
export function evaluate(q: Questionnaire, answers: AnswerMap, profile: ProfileFacts | undefined): Evaluation {
  return evaluateIn(makeContext(q, answers, profile), q.packs);
}

/** Whether changing these items can change the pack's roll-up (placed in it, or read by its conditions). */
function touches(cp: CompiledPack, changed: ReadonlySet<string>): boolean {
  for (const id of changed) if (cp.index.entry.has(id) || cp.index.conditionItems.has(id)) return true;
  return false;
}

/**
 * Scores the given packs in order. With `previous` and the ids `changed` since it, a pack the
 * change cannot touch keeps its previous roll-up (tiers packs still re-check their gates, which
 * read answers and the companions' estimates).
 */
export function evaluateIn(
  ctx: EvalContext,
  packs: readonly CompiledPack[],
  previous?: Evaluation,
  changed?: ReadonlySet<string>,
): Evaluation {
  const byId = new Map<string, PackEval>();
  for (const cp of packs) {
    const prev = previous && changed && !touches(cp, changed) ? previous.byId.get(cp.pack.id) : undefined;
    const reuse = prev && cp.pack.scoring.kind !== 'tiers' ? prev : undefined;
    byId.set(cp.pack.id, reuse ?? evalPack(ctx, cp, byId, prev?.roll));
  }
  return { ctx, packs: [...byId.values()], byId };
}
