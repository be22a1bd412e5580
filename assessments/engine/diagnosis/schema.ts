import { z } from 'zod';
import { AnswerValueSchema } from '../answer';
import { DIMENSIONS } from '../dimensions';
import { PhraseSchema } from '../phrase';

/**
 * The result of scoring one questionnaire: what the UI, the PDF report and the policy evaluation
 * read. One entry in `models` per pack the questionnaire evaluates; `summary` lifts the facts that
 * subsidy rules refer to (tier, CMMM level, SME digital level, scenarios) to the top.
 * Every estimate is an estimate: statements never claim an award.
 */

export const ConfidenceSchema = z.enum(['confirmed', 'partial', 'unconfirmed']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const LabelSchema = z.object({ zh: z.string(), en: z.string() });
export type Label = z.infer<typeof LabelSchema>;

export const CitationSchema = z.object({
  /** short name of the source document, e.g. 《智能工厂梯度培育要素条件(2025年版)》 */
  source: z.string().min(1),
  /** clause, table or section within the source */
  ref: z.string().optional(),
  /** why we read it this way, or where the value came from when not from the source itself */
  note: z.string().optional(),
  url: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const PRESETS = ['strategic', 'tactical', 'operational'] as const;
export const PresetSchema = z.enum(PRESETS);
export type Preset = z.infer<typeof PresetSchema>;

export const ImpactWeightsSchema = z.object({ cost: z.number(), kpi: z.number(), proximity: z.number() });
export type ImpactWeights = z.infer<typeof ImpactWeightsSchema>;

export const ProgressSchema = z.object({
  /** relevant items that have an answer (N/A counts as answered) */
  answered: z.number().int().min(0),
  /** items that apply to this enterprise and pass their relevance condition */
  relevant: z.number().int().min(0),
  /** all items of the pack(s), whatever their relevance */
  total: z.number().int().min(0),
});
export type Progress = z.infer<typeof ProgressSchema>;

/** pass / fail / unknown (missing input) / needs-verification (holds, but on an unconfirmed rule or an estimate) */
export const GateStatusSchema = z.enum(['pass', 'fail', 'unknown', 'needs-verification']);
export type GateStatus = z.infer<typeof GateStatusSchema>;

export const GateResultSchema = z.object({
  gateId: z.string(),
  /** tier code the gate belongs to (tiers packs), or the level code for level rules */
  tier: z.string(),
  type: z.string(),
  label: LabelSchema,
  status: GateStatusSchema,
  /** what the engine saw, e.g. "AI 应用场景 2 个 ÷ 已建成场景 8 个 … = 25%，要求 ≥ 20%", as parts */
  detail: PhraseSchema,
  /** items whose answers decide this gate; empty when it depends on the profile only */
  itemIds: z.array(z.string()),
  /** whether changing answers can change the gate (false: profile, region or an administrative step) */
  itemDriven: z.boolean(),
  confidence: ConfidenceSchema,
  citation: CitationSchema,
  edition: z.string(),
});
export type GateResult = z.infer<typeof GateResultSchema>;

/** meets: every gate passes; meets-pending-verification: none fails or is unknown, some need verification */
export const TierStatusSchema = z.enum(['meets', 'meets-pending-verification', 'not-met', 'unknown']);
export type TierStatus = z.infer<typeof TierStatusSchema>;

export const TierCheckSchema = z.object({
  code: z.string(),
  rank: z.number().int().min(1),
  label: LabelSchema,
  status: TierStatusSchema,
  gateIds: z.array(z.string()),
});
export type TierCheck = z.infer<typeof TierCheckSchema>;

/** A level or tier estimate, worded so that it never claims an award. */
export const LevelEstimateSchema = z.object({
  /** e.g. 'basic' … 'leading' for tiers, '1' … '5' for CMMM and SME levels, 'none' below the first */
  code: z.string(),
  /** 0 = below the first level/tier */
  rank: z.number().int().min(0),
  label: LabelSchema,
  /** e.g. "符合基础级智能工厂自评条件" / "预估可达先进级——以省级评审认定为准" */
  statement: LabelSchema,
  /** who decides officially, e.g. "省级工业和信息化主管部门评审认定" */
  decidedBy: LabelSchema,
  /** true when an unconfirmed rule or an unverified gate is part of the estimate */
  pendingVerification: z.boolean(),
  confidence: ConfidenceSchema,
});
export type LevelEstimate = z.infer<typeof LevelEstimateSchema>;

export const NodeScoreSchema = z.object({
  nodeId: z.string(),
  parent: z.string().nullable(),
  kind: z.string(),
  label: LabelSchema,
  /**
   * 0..1 weighted mean of the relevant children, an unanswered one counting 0 (so a node with nothing
   * answered yet is 0, not null); null only when the node does not apply or has nothing relevant to score
   */
  fraction: z.number().min(0).max(1).nullable(),
  /** points in the pack's own unit (e.g. SME points out of the node's maximum), when the pack scores points */
  points: z.number().nullable(),
  maxPoints: z.number().nullable(),
  applicable: z.boolean(),
  progress: ProgressSchema,
  confidence: ConfidenceSchema,
  /** the 要素条件 dimension (tiers packs), so the UI can draw the five-axis radar */
  dimension: z.enum(DIMENSIONS).optional(),
});
export type NodeScore = z.infer<typeof NodeScoreSchema>;

export const ItemScoreSchema = z.object({
  itemId: z.string(),
  nodeId: z.string(),
  /** relevant = applicable to the profile and its relevance condition holds */
  relevant: z.boolean(),
  answered: z.boolean(),
  na: z.boolean(),
  /** 0..1; null when unanswered, N/A, not relevant or invalid */
  fraction: z.number().min(0).max(1).nullable(),
  points: z.number().nullable(),
  maxPoints: z.number().nullable(),
  /** figures items: the ratio the engine computed from the raw figures (0..1) */
  ratio: z.number().nullable(),
  /** short human reading of the answer, e.g. "3 级", "大部分满足", "62.5% → 4.5 分", as parts */
  display: PhraseSchema,
});
export type ItemScore = z.infer<typeof ItemScoreSchema>;

export const CmmmLevelScoreSchema = z.object({
  level: z.number().int().min(1).max(5),
  /** weighted satisfaction of this level's requirements, 0..1 (null when it has none relevant) */
  score: z.number().min(0).max(1).nullable(),
  /** score ≥ the pack's threshold (e.g. 0.8) */
  achieved: z.boolean(),
  requirements: z.number().int().min(0),
});

/** SME level rule, one level: the conditions as checked (points, scenes at the level, 约束性 among them). */
export const SmeRuleCheckSchema = z.object({
  level: z.number().int().min(1).max(5),
  minScore: z.number(),
  scoreMet: z.boolean(),
  scenes: z.number().int().min(0),
  minScenes: z.number().int().nullable(),
  constrainedScenes: z.number().int().min(0),
  minConstrainedScenes: z.number().int().nullable(),
  met: z.boolean(),
});

/** How a CMMM or SME level was reached, worded so a reviewer can recompute it by hand. */
export const LevelRuleSchema = z.object({
  /** e.g. "S = 1 + 1 + 0.62 = 2.62 → 二级（区间 1.8–2.8）" */
  lines: z.array(LabelSchema),
  /** the condition that holds the level down although the points reach higher, if any */
  blocker: LabelSchema.nullable(),
  /** CMMM: the level scores rest on equal weights (权重按等权估算) */
  equalWeights: z.boolean(),
  smeChecks: z.array(SmeRuleCheckSchema),
});
export type LevelRule = z.infer<typeof LevelRuleSchema>;

/** A fact the next tier depends on that no project changes: shown apart from the improvement plan. */
export const PrerequisiteSchema = z.object({
  itemId: z.string(),
  label: LabelSchema,
  gateId: z.string(),
  /** the gate's state on the facts entered */
  status: GateStatusSchema,
  /** the answer as entered, e.g. "否" or "未作答", as parts */
  current: PhraseSchema,
  /** what would establish the fact (a document, a record, a registration) */
  establishedBy: z.string(),
});
export type Prerequisite = z.infer<typeof PrerequisiteSchema>;

/** A rating the enterprise reports above the estimate, with what the estimate found missing. */
export const DiscrepancySchema = z.object({
  subject: z.enum(['tier', 'cmmm']),
  held: LabelSchema,
  estimated: LabelSchema,
  message: LabelSchema,
  /** the unmet conditions up to the reported rating, as parts */
  causes: z.array(PhraseSchema),
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;

export const CoverageSchema = z.object({
  scenarios: z.array(
    z.object({
      itemId: z.string(),
      scenarioId: z.string(),
      dimension: z.enum(DIMENSIONS),
      level: z.number().int().min(0).nullable(),
      covered: z.boolean(),
      /** covered and counted as an AI application scenario */
      ai: z.boolean(),
    }),
  ),
  dimensionsCovered: z.array(z.enum(DIMENSIONS)),
  coveredCount: z.number().int().min(0),
  aiCount: z.number().int().min(0),
  /** aiCount / coveredCount, null when nothing is covered */
  aiShare: z.number().min(0).max(1).nullable(),
});
export type Coverage = z.infer<typeof CoverageSchema>;

export const ImpactSchema = z.object({
  /** weighted sum of the three normalised parts below, with the preset's weights */
  score: z.number(),
  /** normalised distance between current and target (0..1 before normalising across gaps) */
  proximity: z.number(),
  cost: z.number(),
  kpi: z.number(),
});

export const GapSchema = z.object({
  /** stable id: 'gate:<id>', 'item:<id>' or 'dimension:<id>' */
  id: z.string(),
  kind: z.enum(['gate', 'item', 'dimension']),
  rank: z.number().int().min(1),
  label: LabelSchema,
  itemId: z.string().optional(),
  gateId: z.string().optional(),
  dimension: z.enum(DIMENSIONS).optional(),
  /** why it is a gap, as parts */
  reason: PhraseSchema,
  currentFraction: z.number().min(0).max(1).nullable(),
  targetFraction: z.number().min(0).max(1).nullable(),
  /** 1 low … 3 high, from the pack */
  effort: z.number().int().min(1).max(3),
  impact: ImpactSchema,
});
export type Gap = z.infer<typeof GapSchema>;

export const MoveSchema = z.object({
  itemId: z.string(),
  label: LabelSchema,
  from: AnswerValueSchema.nullable(),
  to: AnswerValueSchema,
  /** effort × steps */
  cost: z.number().min(0),
  /** e.g. "2 级 → 3 级", as parts */
  display: PhraseSchema,
});
export type Move = z.infer<typeof MoveSchema>;

export const LiftSchema = z.object({
  /** the level or tier the search tried to reach */
  target: z.object({ code: z.string(), rank: z.number().int(), label: LabelSchema }),
  /** a set of moves was found that reaches the target (on item-driven gates) */
  found: z.boolean(),
  moves: z.array(MoveSchema),
  totalCost: z.number().min(0),
  /** gates of the target that answers cannot change (profile, region, administrative steps) and that do not pass */
  blockedBy: z.array(z.string()),
  search: z.object({
    candidates: z.number().int(),
    evaluations: z.number().int(),
    /** the documented bound, e.g. "≤3 moves from the 10 best candidates, then greedy + prune" */
    bound: z.string(),
  }),
});
export type Lift = z.infer<typeof LiftSchema>;

export const MODEL_KINDS = ['tiers', 'cmmm', 'sme-digital', 'weighted'] as const;
export const ModelKindSchema = z.enum(MODEL_KINDS);
export type ModelKind = z.infer<typeof ModelKindSchema>;

export const ModelResultSchema = z.object({
  modelId: z.string(),
  modelVersion: z.string(),
  kind: ModelKindSchema,
  title: LabelSchema,
  /** the pack's headline score: tiers 0–100 (mean of dimensions), CMMM cumulative S 0–5, SME points 0–100 */
  score: z.object({ value: z.number(), max: z.number(), fraction: z.number().min(0).max(1) }),
  /** null when the pack has no level rule */
  estimate: LevelEstimateSchema.nullable(),
  /** the next tier/level above the estimate, null at the top */
  next: z.object({ code: z.string(), rank: z.number().int(), label: LabelSchema }).nullable(),
  gates: z.array(GateResultSchema),
  tiers: z.array(TierCheckSchema),
  nodes: z.array(NodeScoreSchema),
  items: z.array(ItemScoreSchema),
  /** CMMM packs: per-level satisfaction scores */
  levelScores: z.array(CmmmLevelScoreSchema),
  /** CMMM and SME packs: the level rule as applied (absent in results saved before it existed) */
  levelRule: LevelRuleSchema.nullable().optional(),
  /** tiers packs: facts up to the next tier that do not hold yet, listed apart from the plan */
  prerequisites: z.array(PrerequisiteSchema).optional(),
  /** tiers packs: ratings the enterprise reports above the estimate */
  discrepancies: z.array(DiscrepancySchema).optional(),
  /** tiers packs: typical-scenario coverage and the AI-scenario share */
  coverage: CoverageSchema.nullable(),
  progress: ProgressSchema,
  gaps: z.array(GapSchema),
  cheapestLift: LiftSchema.nullable(),
});
export type ModelResult = z.infer<typeof ModelResultSchema>;

export const DiagnosisWarningSchema = z.object({
  code: z.enum(['invalid-answer', 'unknown-item', 'type-mismatch', 'na-not-allowed', 'figures-inconsistent']),
  itemId: z.string(),
  message: PhraseSchema,
});
export type DiagnosisWarning = z.infer<typeof DiagnosisWarningSchema>;

export const DiagnosisResultSchema = z.object({
  engineVersion: z.string(),
  /** what was answered: the primary pack and every pack it evaluates */
  questionnaire: z.object({
    modelId: z.string(),
    modelVersion: z.string(),
    packs: z.array(z.object({ id: z.string(), version: z.string() })),
  }),
  preset: PresetSchema,
  presetWeights: ImpactWeightsSchema,
  progress: ProgressSchema,
  models: z.array(ModelResultSchema),
  /** the facts other modules (policy evaluation, report cover) need, without walking `models` */
  summary: z.object({
    /** smart-factory tier estimate (null when no tiers pack is in the questionnaire) */
    tier: LevelEstimateSchema.nullable(),
    /** estimated CMMM level 0–5 (0 = below 一级), null when no CMMM pack is evaluated */
    cmmmLevel: z.number().int().min(0).max(5).nullable(),
    cmmmScore: z.number().nullable(),
    /** estimated SME digital level 0–4 (0 = below 一级), null when no SME pack is evaluated */
    smeDigitalLevel: z.number().int().min(0).max(4).nullable(),
    smeDigitalScore: z.number().nullable(),
    coveredScenarioIds: z.array(z.string()),
    aiScenarioIds: z.array(z.string()),
    aiShare: z.number().min(0).max(1).nullable(),
  }),
  warnings: z.array(DiagnosisWarningSchema),
});
export type DiagnosisResult = z.infer<typeof DiagnosisResultSchema>;
