import type { Discrepancy, Label } from './diagnosis/schema';
import type { Evaluation, PackEval } from './scoring/evaluate';
import { phrase, type Phrase } from './phrase';

/**
 * When the enterprise reports a rating higher than this tool estimates (a tier held, an official
 * CMMM level), the result says so and names what the estimate found missing, so the consultant
 * can check the answers or the record rather than silently contradict it.
 */

function levelAnswer(ev: Evaluation, itemId: string | undefined): number | null {
  if (!itemId) return null;
  const v = ev.ctx.answers[itemId];
  return v?.kind === 'level' ? v.level : null;
}

function tierDiscrepancy(ev: Evaluation, pe: PackEval): Discrepancy | null {
  const s = pe.cp.pack.scoring;
  if (s.kind !== 'tiers' || !pe.tiers) return null;
  const heldGate = s.gates.find((g) => g.type === 'previous-tier');
  const held = levelAnswer(ev, heldGate?.type === 'previous-tier' ? heldGate.heldItem : undefined);
  const estimated = pe.tiers.rank;
  if (held === null || held <= estimated) return null;
  const nameOf = (rank: number): Label => s.tiers.find((t) => t.rank === rank)?.label ?? s.belowFirst.label;
  const rankOf = new Map(s.tiers.map((t) => [t.code, t.rank]));
  const causes = pe.tiers.gates
    .filter((g) => (rankOf.get(g.gate.tier) ?? Infinity) <= held)
    .filter((g) => g.status === 'fail' || g.status === 'unknown')
    .map((g) =>
      phrase('dx.disc.tierGate', {
        tier: nameOf(rankOf.get(g.gate.tier)!),
        gate: g.gate.label,
        detail: g.detail,
      }),
    );
  return message('tier', nameOf(held), nameOf(estimated), causes);
}

function cmmmDiscrepancy(ev: Evaluation, tiers: PackEval, cmmm: PackEval | undefined): Discrepancy | null {
  const s = tiers.cp.pack.scoring;
  const cs = cmmm?.cp.pack.scoring;
  if (s.kind !== 'tiers' || !cmmm?.cmmm || cs?.kind !== 'cmmm') return null;
  const gate = s.gates.find((g) => g.type === 'cmmm-level' && g.officialItem);
  const official = levelAnswer(ev, gate?.type === 'cmmm-level' ? gate.officialItem : undefined);
  const estimated = cmmm.cmmm.rank;
  if (official === null || official <= estimated) return null;
  const nameOf = (level: number): Label => cs.levels.find((l) => l.level === level)?.label ?? cs.belowFirst;
  const causes = cmmm.cmmm.levels
    .filter((l) => l.level <= official && !l.achieved && l.score !== null)
    .map((l) =>
      phrase('dx.disc.cmmmLevel', { level: nameOf(l.level), score: l.score!.toFixed(2), at: cs.achievedAt }),
    );
  return message('cmmm', nameOf(official), nameOf(estimated), causes);
}

function message(
  subject: Discrepancy['subject'],
  held: Label,
  estimated: Label,
  causes: Phrase[],
): Discrepancy {
  return {
    subject,
    held,
    estimated,
    message: {
      zh: `企业填报已取得${held.zh}，本次估算为${estimated.zh}：请核对填报与作答`,
      en: `The enterprise reports ${held.en}; this estimate is ${estimated.en}: check the record and the answers`,
    },
    causes,
  };
}

export function discrepancies(ev: Evaluation, pe: PackEval): Discrepancy[] {
  const cmmm = ev.packs.find((p) => p.cp.pack.scoring.kind === 'cmmm');
  return [tierDiscrepancy(ev, pe), cmmmDiscrepancy(ev, pe, cmmm)].filter((d): d is Discrepancy => d !== null);
}
