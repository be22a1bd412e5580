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

function evalPack(ctx: EvalContext, cp: CompiledPack, done: ReadonlyMap<string, PackEval>): PackEval {
  const roll = rollUp(cp, ctx);
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
export function evaluate(
  q: Questionnaire,
  answers: AnswerMap,
  profile: ProfileFacts | undefined,
  base?: EvalContext,
): Evaluation {
  const ctx = makeContext(q, answers, profile, base);
  return evaluateIn(ctx, q.packs);
}

export function evaluateIn(ctx: EvalContext, packs: readonly CompiledPack[]): Evaluation {
  const byId = new Map<string, PackEval>();
  for (const cp of packs) byId.set(cp.pack.id, evalPack(ctx, cp, byId));
  return { ctx, packs: [...byId.values()], byId };
}
