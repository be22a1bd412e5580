import type { AnswerMap, AnswerValue } from '../answer';
import type {
  Confidence,
  DiagnosisResult,
  DiagnosisWarning,
  ItemScore,
  Label,
  LevelEstimate,
  ModelResult,
  NodeScore,
  Preset,
  Prerequisite,
  Progress,
} from './schema';
import { PRESET_WEIGHTS, rankGaps, rawGaps, type Focus } from '../gaps';
import { discrepancies } from '../discrepancy';
import { gateMoves, type GateMove } from '../gate-moves';
import { cmmmRule, smeRule } from '../level-rule';
import { cheapestLift } from '../lift';
import { phrase } from '../phrase';
import type { Questionnaire } from '../model/questionnaire';
import type { CmmmScoring, SmeScoring, TiersScoring } from '../model/schema';
import type { ProfileFacts } from '../scoring/condition';
import { evaluate, type Evaluation, type PackEval } from '../scoring/evaluate';
import { answerWords } from '../scoring/item';

export const ENGINE_VERSION = '1.0.0';

export interface DiagnoseInput {
  readonly questionnaire: Questionnaire;
  readonly answers: AnswerMap;
  readonly profile?: ProfileFacts | undefined;
  /** SIRI-style weighting of the gap ranking; tactical unless the consultant picks another */
  readonly preset?: Preset | undefined;
  readonly focus?: Focus | undefined;
  /** skip the cheapest-lift search (e.g. while the consultant is still typing) */
  readonly lift?: boolean | undefined;
}

const CONFIDENCE_ORDER: readonly Confidence[] = ['unconfirmed', 'partial', 'confirmed'];

function weakest(values: readonly Confidence[]): Confidence {
  return values.reduce<Confidence>(
    (a, b) => (CONFIDENCE_ORDER.indexOf(b) < CONFIDENCE_ORDER.indexOf(a) ? b : a),
    'confirmed',
  );
}

const r2 = (n: number): number => Math.round(n * 100) / 100;

function fill(template: Label, level: Label): Label {
  return { zh: template.zh.replaceAll('{level}', level.zh), en: template.en.replaceAll('{level}', level.en) };
}

function pendingSuffix(label: Label, pending: boolean): Label {
  return pending
    ? { zh: `${label.zh}（部分条件待核实）`, en: `${label.en} (some conditions need verification)` }
    : label;
}

function tierEstimate(pe: PackEval, scoring: TiersScoring): LevelEstimate {
  const t = pe.tiers!;
  const tier = scoring.tiers.find((x) => x.rank === t.rank);
  const used = t.gates.filter(
    (g) => (scoring.tiers.find((x) => x.code === g.gate.tier)?.rank ?? Infinity) <= t.rank,
  );
  const decidedBy = (tier ?? [...scoring.tiers].sort((a, b) => a.rank - b.rank)[0]!).decidedBy;
  if (!tier) {
    return {
      code: 'none',
      rank: 0,
      ...scoring.belowFirst,
      decidedBy,
      pendingVerification: false,
      confidence: 'confirmed',
    };
  }
  return {
    code: tier.code,
    rank: tier.rank,
    label: tier.label,
    statement: pendingSuffix(tier.statement, t.pending),
    decidedBy,
    pendingVerification: t.pending,
    confidence: weakest(used.map((g) => g.gate.confidence)),
  };
}

function levelEstimate(rank: number, scoring: CmmmScoring | SmeScoring): LevelEstimate {
  const level = scoring.levels.find((l) => l.level === rank);
  const label = level?.label ?? scoring.belowFirst;
  const pending = scoring.confidence !== 'confirmed';
  return {
    code: level ? String(level.level) : 'none',
    rank: level ? level.level : 0,
    label,
    statement: pendingSuffix(fill(scoring.statement, label), pending),
    decidedBy: scoring.decidedBy,
    pendingVerification: pending,
    confidence: scoring.confidence,
  };
}

function estimateOf(pe: PackEval): LevelEstimate | null {
  const s = pe.cp.pack.scoring;
  if (s.kind === 'tiers') return tierEstimate(pe, s);
  if (s.kind === 'cmmm' || s.kind === 'sme-digital') return levelEstimate(pe.rank ?? 0, s);
  return null;
}

function nextOf(pe: PackEval): ModelResult['next'] {
  const s = pe.cp.pack.scoring;
  const rank = (pe.rank ?? 0) + 1;
  if (s.kind === 'tiers') {
    const t = s.tiers.find((x) => x.rank === rank);
    return t ? { code: t.code, rank, label: t.label } : null;
  }
  if (s.kind === 'cmmm' || s.kind === 'sme-digital') {
    const l = s.levels.find((x) => x.level === rank);
    return l ? { code: String(rank), rank, label: l.label } : null;
  }
  return null;
}

function headline(pe: PackEval): ModelResult['score'] {
  const s = pe.cp.pack.scoring;
  if (s.kind === 'cmmm' && pe.cmmm) {
    const max = s.levels.length;
    return { value: r2(pe.cmmm.s), max, fraction: Math.min(1, pe.cmmm.s / max) };
  }
  if (s.kind === 'sme-digital') {
    const { points, maxPoints } = pe.roll;
    return {
      value: r2(points),
      max: r2(maxPoints),
      fraction: maxPoints > 0 ? Math.min(1, points / maxPoints) : 0,
    };
  }
  return { value: Math.round(pe.roll.fraction * 1000) / 10, max: 100, fraction: pe.roll.fraction };
}

function nodeScores(pe: PackEval): NodeScore[] {
  return pe.cp.nodes.map((node, i) => {
    const n = pe.roll.nodes[i]!;
    return {
      nodeId: node.id,
      parent: node.parent,
      kind: node.kind,
      label: node.label,
      fraction: n.fraction === null ? null : Math.round(n.fraction * 1e6) / 1e6,
      points: n.hasPoints ? r2(n.points) : null,
      maxPoints: n.hasPoints ? r2(n.maxPoints) : null,
      applicable: n.applicable,
      progress: n.progress,
      confidence: node.confidence,
      ...(node.dimension ? { dimension: node.dimension } : {}),
    };
  });
}

function itemScores(ev: Evaluation, pe: PackEval): ItemScore[] {
  const { q, answers } = ev.ctx;
  return pe.roll.entries.map((e) => ({
    itemId: e.entry.itemId,
    nodeId: e.entry.nodeId,
    relevant: e.relevant,
    answered: e.ev.answered,
    na: e.ev.na,
    fraction: e.relevant ? e.ev.fraction : null,
    points: e.relevant ? e.ev.points : null,
    maxPoints: e.ev.maxPoints,
    ratio: e.ev.ratio,
    display: answerWords(q.items.get(e.entry.itemId), answers[e.entry.itemId], e.ev),
  }));
}

function levelRuleOf(pe: PackEval): ModelResult['levelRule'] {
  const s = pe.cp.pack.scoring;
  if (s.kind === 'cmmm' && pe.cmmm) return cmmmRule(pe.cmmm, s);
  if (s.kind === 'sme-digital' && pe.sme) return smeRule(pe.sme, s);
  return null;
}

/** Facts (prerequisite items) behind gates up to the next tier that do not pass yet. */
function prerequisitesOf(ev: Evaluation, pe: PackEval, nextRank: number | undefined): Prerequisite[] {
  const s = pe.cp.pack.scoring;
  if (s.kind !== 'tiers' || !pe.tiers || nextRank === undefined) return [];
  const rankOf = new Map(s.tiers.map((t) => [t.code, t.rank]));
  const out: Prerequisite[] = [];
  for (const g of pe.tiers.gates) {
    if ((rankOf.get(g.gate.tier) ?? Infinity) > nextRank || g.status === 'pass') continue;
    // an official CMMM level is another route to the gate, not a fact the gate requires
    if (g.status === 'needs-verification' || g.gate.type === 'cmmm-level') continue;
    for (const id of g.itemIds) {
      const item = ev.ctx.q.items.get(id);
      if (!item?.prerequisite || out.some((p) => p.itemId === id)) continue;
      const answer = ev.ctx.evalOf(id);
      if (answer.fraction === 1) continue;
      const current = answerWords(item, ev.ctx.answers[id], answer);
      out.push({
        itemId: id,
        label: item.label,
        gateId: g.gate.id,
        status: g.status,
        current,
        establishedBy: item.prerequisite.establishedBy,
      });
    }
  }
  return out;
}

function modelResult(ev: Evaluation, pe: PackEval, input: DiagnoseInput): ModelResult {
  const pack = pe.cp.pack;
  const next = nextOf(pe);
  const gaps = next
    ? rankGaps(rawGaps(ev, pe, next.rank), PRESET_WEIGHTS[input.preset ?? 'tactical'], input.focus)
    : [];
  const cov = pe.tiers?.coverage;
  return {
    modelId: pack.id,
    modelVersion: pack.version,
    kind: pack.scoring.kind,
    title: pack.title,
    score: headline(pe),
    estimate: estimateOf(pe),
    next,
    gates: (pe.tiers?.gates ?? []).map((g) => ({
      gateId: g.gate.id,
      tier: g.gate.tier,
      type: g.gate.type,
      label: g.gate.label,
      status: g.status,
      detail: g.detail,
      itemIds: [...g.itemIds],
      itemDriven: g.itemDriven,
      confidence: g.gate.confidence,
      citation: g.gate.citation,
      edition: g.gate.edition,
    })),
    tiers: (pe.tiers?.tiers ?? []).map((t) => {
      const def =
        pack.scoring.kind === 'tiers' ? pack.scoring.tiers.find((x) => x.code === t.code) : undefined;
      return {
        code: t.code,
        rank: t.rank,
        label: def?.label ?? { zh: t.code, en: t.code },
        status: t.status,
        gateIds: t.gateIds,
      };
    }),
    nodes: nodeScores(pe),
    items: itemScores(ev, pe),
    levelScores: (pe.cmmm?.levels ?? []).map((l) => ({
      level: l.level,
      score: l.score === null ? null : Math.round(l.score * 1e4) / 1e4,
      achieved: l.achieved,
      requirements: l.requirements,
    })),
    levelRule: levelRuleOf(pe),
    prerequisites: prerequisitesOf(ev, pe, next?.rank),
    discrepancies: pe.tiers ? discrepancies(ev, pe) : [],
    coverage: cov
      ? {
          scenarios: cov.scenarios,
          dimensionsCovered: cov.dimensionsCovered,
          coveredCount: cov.coveredCount,
          aiCount: cov.aiCount,
          aiShare: cov.aiShare,
        }
      : null,
    progress: pe.roll.progress,
    gaps,
    cheapestLift:
      next && input.lift !== false ? cheapestLift({ base: ev, packId: pack.id, target: next, gaps }) : null,
  };
}

function overallProgress(ev: Evaluation): Progress {
  const relevant = new Set<string>();
  const answered = new Set<string>();
  for (const pe of ev.packs) {
    for (const e of pe.roll.entries) {
      if (!e.relevant) continue;
      relevant.add(e.entry.itemId);
      if (e.ev.answered) answered.add(e.entry.itemId);
    }
  }
  return { answered: answered.size, relevant: relevant.size, total: ev.ctx.q.items.size };
}

function warnings(ev: Evaluation): DiagnosisWarning[] {
  const out: DiagnosisWarning[] = [];
  for (const id of ev.ctx.q.order) {
    const w = ev.ctx.evalOf(id).warning;
    if (w) out.push(w);
  }
  for (const id of Object.keys(ev.ctx.answers)) {
    if (!ev.ctx.q.items.has(id))
      out.push({
        code: 'unknown-item',
        itemId: id,
        message: phrase('dx.warn.unknownItem'),
      });
  }
  return out;
}

function summary(models: readonly ModelResult[]): DiagnosisResult['summary'] {
  const of = (kind: ModelResult['kind']) => models.find((m) => m.kind === kind);
  const tiers = of('tiers');
  const cmmm = of('cmmm');
  const sme = of('sme-digital');
  const scenarios = tiers?.coverage?.scenarios ?? [];
  return {
    tier: tiers?.estimate ?? null,
    cmmmLevel: cmmm?.estimate ? cmmm.estimate.rank : null,
    cmmmScore: cmmm ? cmmm.score.value : null,
    smeDigitalLevel: sme?.estimate ? sme.estimate.rank : null,
    smeDigitalScore: sme ? sme.score.value : null,
    coveredScenarioIds: scenarios.filter((s) => s.covered).map((s) => s.scenarioId),
    aiScenarioIds: scenarios.filter((s) => s.ai).map((s) => s.scenarioId),
    aiShare: tiers?.coverage?.aiShare ?? null,
  };
}

/** Scores a questionnaire: per pack scores, estimates, gates, gaps and the cheapest lift. Pure. */
export function diagnose(input: DiagnoseInput): DiagnosisResult {
  const q = input.questionnaire;
  const ev = evaluate(q, input.answers, input.profile);
  const primaryFirst = [ev.byId.get(q.modelId)!, ...ev.packs.filter((p) => p.cp.pack.id !== q.modelId)];
  const models = primaryFirst.map((pe) => modelResult(ev, pe, input));
  const preset = input.preset ?? 'tactical';
  return {
    engineVersion: ENGINE_VERSION,
    questionnaire: {
      modelId: q.modelId,
      modelVersion: q.modelVersion,
      packs: q.packs.map((p) => ({ id: p.pack.id, version: p.pack.version })),
    },
    preset,
    presetWeights: PRESET_WEIGHTS[preset],
    progress: overallProgress(ev),
    models,
    summary: summary(models),
    warnings: warnings(ev),
  };
}

/** Changes to try: a value sets an answer, null removes it. */
export type AnswerChanges = Readonly<Record<string, AnswerValue | null>>;

export function applyChanges(answers: AnswerMap, changes: AnswerChanges): AnswerMap {
  const next: Record<string, AnswerValue> = { ...answers };
  for (const [id, value] of Object.entries(changes)) {
    if (value === null) delete next[id];
    else next[id] = value;
  }
  return next;
}

export interface WhatIfResult {
  readonly base: DiagnosisResult;
  readonly hypothetical: DiagnosisResult;
  readonly changes: ReadonlyArray<{
    modelId: string;
    scoreBefore: number;
    scoreAfter: number;
    rankBefore: number | null;
    rankAfter: number | null;
    /** tier conditions whose status moved (tiers packs) */
    gates: readonly GateMove[];
  }>;
}

/** Diagnoses hypothetical answers next to the saved ones; the saved answers are never modified. */
export function whatIf(input: DiagnoseInput, changes: AnswerChanges): WhatIfResult {
  const base = diagnose(input);
  const hypothetical = diagnose({ ...input, answers: applyChanges(input.answers, changes) });
  return {
    base,
    hypothetical,
    changes: base.models.map((m, i) => {
      const h = hypothetical.models[i]!;
      return {
        modelId: m.modelId,
        scoreBefore: m.score.value,
        scoreAfter: h.score.value,
        rankBefore: m.estimate?.rank ?? null,
        rankAfter: h.estimate?.rank ?? null,
        gates: gateMoves(m, h),
      };
    }),
  };
}
