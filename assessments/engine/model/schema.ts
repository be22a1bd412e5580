import { z } from 'zod';
import { ItemIdSchema } from '../answer';
import { CitationSchema, ConfidenceSchema, LabelSchema } from '../diagnosis/schema';
import { QualificationSchema } from '../enterprise';
import { DIMENSIONS } from '../dimensions';

/**
 * The format of an assessment model pack (assessments/models/<id>/<version>/model.yaml).
 * Packs are data, edited by people: every node and item carries where it came from and how sure
 * we are. Cross-references (parents, refs, gate items) are checked by ./validate.ts.
 */

export const MODEL_FORMAT = 'sfd-model/1';

const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'id: lower-case letters, digits and -');
const Version = z
  .string()
  .min(1)
  .max(32)
  .regex(/^\d{4}\.\d+$/, 'version: <year>.<n>, quoted in YAML, e.g. "2025.1"');
const ZhText = z.string().min(1).max(2000);

/** Cost categories of the SIRI-style prioritisation (what an improvement saves). */
export const COST_TAGS = [
  'labour',
  'material',
  'energy',
  'equipment',
  'quality',
  'inventory',
  'overhead',
] as const;
export const CostTagSchema = z.enum(COST_TAGS);
export type CostTag = z.infer<typeof CostTagSchema>;

/** KPIs an improvement moves. */
export const KPI_TAGS = [
  'quality',
  'delivery',
  'productivity',
  'cost',
  'energy',
  'safety',
  'flexibility',
  'innovation',
] as const;
export const KpiTagSchema = z.enum(KPI_TAGS);
export type KpiTag = z.infer<typeof KpiTagSchema>;

const ManufacturingKind = z.enum(['discrete', 'process']);

/** Static applicability: decided by the enterprise profile alone. */
export const ApplicabilitySchema = z
  .object({
    /** absent = both; a 'mixed' enterprise matches either */
    manufacturingTypes: z.array(ManufacturingKind).min(1).optional(),
    /** GB/T 4754 code prefixes, e.g. ['26', '27'] */
    industries: z
      .array(z.string().regex(/^[A-Z]?\d{1,4}$/))
      .min(1)
      .optional(),
  })
  .strict();
export type Applicability = z.infer<typeof ApplicabilitySchema>;

/** Relevance conditions (skip logic) and gate predicates; three-valued when inputs are missing. */
export type Condition =
  | { item: string; answered: true }
  | { item: string; equals: boolean }
  | { item: string; minLevel: number }
  | { item: string; minFraction: number }
  | { item: string; selected: string }
  | { profile: 'manufacturingType'; in: Array<'discrete' | 'process' | 'mixed'> }
  | { profile: 'qualification'; anyOf: Array<z.infer<typeof QualificationSchema>> }
  | { profile: 'industry'; prefix: string[] }
  | { profile: 'city'; in: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.union([
      z.object({ item: ItemIdSchema, answered: z.literal(true) }).strict(),
      z.object({ item: ItemIdSchema, equals: z.boolean() }).strict(),
      z.object({ item: ItemIdSchema, minLevel: z.number().int().min(0).max(5) }).strict(),
      z.object({ item: ItemIdSchema, minFraction: z.number().min(0).max(1) }).strict(),
      z.object({ item: ItemIdSchema, selected: z.string().min(1) }).strict(),
      z
        .object({
          profile: z.literal('manufacturingType'),
          in: z.array(z.enum(['discrete', 'process', 'mixed'])).min(1),
        })
        .strict(),
      z.object({ profile: z.literal('qualification'), anyOf: z.array(QualificationSchema).min(1) }).strict(),
      z.object({ profile: z.literal('industry'), prefix: z.array(z.string().min(1)).min(1) }).strict(),
      z.object({ profile: z.literal('city'), in: z.array(z.string().min(2)).min(1) }).strict(),
      z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
      z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
      z.object({ not: ConditionSchema }).strict(),
    ]),
  )
  .meta({
    id: 'Condition',
    description: '相关性条件 / 门槛判定：题项答案或企业信息，可用 all / any / not 组合',
  });

/** What nodes and items share: provenance, weight and prioritisation tags (items inherit from their node). */
const Provenance = {
  citation: CitationSchema.optional(),
  confidence: ConfidenceSchema.optional(),
};
const Tags = {
  /** 1 low … 3 high: what an improvement typically takes (money, time, people) */
  effort: z.number().int().min(1).max(3).optional(),
  costs: z.array(CostTagSchema).optional(),
  kpis: z.array(KpiTagSchema).optional(),
};

export const NodeSchema = z
  .object({
    id: Id,
    parent: Id.nullable(),
    /** e.g. element / domain / subdomain / dimension / group */
    kind: z.string().min(1).max(32),
    label: LabelSchema,
    description: ZhText.optional(),
    weight: z.number().min(0).max(1000).default(1),
    /** false: shown and answered, but not part of the headline score (e.g. 基本要求) */
    scored: z.boolean().default(true),
    applies: ApplicabilitySchema.optional(),
    when: ConditionSchema.optional(),
    /** tiers packs: the 要素条件 dimension this node stands for */
    dimension: z.enum(DIMENSIONS).optional(),
    citation: CitationSchema,
    confidence: ConfidenceSchema,
    ...Tags,
  })
  .strict();
export type ModelNode = z.infer<typeof NodeSchema>;

const LevelDescriptor = z
  .object({
    level: z.number().int().min(1).max(5),
    /** what this level looks like on the shop floor, read aloud by the consultant */
    text: ZhText,
    /** documents, systems, screens or records that show this level */
    evidence: z.array(ZhText).optional(),
    /** tiers packs: the practice this level describes applies AI (declared by the pack editor) */
    ai: z.boolean().optional(),
  })
  .strict();

const FigureField = z
  .object({ id: z.string().min(1).max(64), label: LabelSchema, unit: z.string().max(16).default('') })
  .strict();

/** Ratio bands: a ratio r in (previous upTo, upTo] earns `points`; the first band starts at 0 inclusive. */
const Band = z.object({ upTo: z.number().min(0).max(1), points: z.number().min(0) }).strict();

const ChoiceOption = z
  .object({ id: z.string().min(1).max(64), label: LabelSchema, points: z.number().min(0) })
  .strict();

const ItemBase = {
  id: ItemIdSchema,
  node: Id,
  label: LabelSchema,
  /** the question as the consultant asks it */
  prompt: ZhText.optional(),
  help: ZhText.optional(),
  weight: z.number().min(0).max(1000).default(1),
  /** maximum points this item contributes (points-scored packs such as SME 2024) */
  points: z.number().min(0).max(100).optional(),
  applies: ApplicabilitySchema.optional(),
  when: ConditionSchema.optional(),
  naAllowed: z.boolean().default(false),
  evidence: z.array(ZhText).default([]),
  /** CMMM packs: the maturity level (1–5) whose requirements this item belongs to */
  level: z.number().int().min(1).max(5).optional(),
  /**
   * a fact about the enterprise (scale, years in operation, accidents, ratings held), not something
   * a project improves: improvement plans never propose changing it; they list it as a
   * prerequisite with what would establish it
   */
  prerequisite: z.object({ establishedBy: ZhText }).strict().optional(),
  ...Provenance,
  ...Tags,
};

export const LevelItemSchema = z
  .object({
    ...ItemBase,
    type: z.literal('level'),
    levels: z.array(LevelDescriptor).min(1).max(5),
    /** descriptor for level 0 (below the first), when worth reading aloud */
    belowFirst: ZhText.optional(),
    /** tiers packs: the typical scenario (ts01–ts40) this item asks about */
    scenario: z
      .string()
      .regex(/^ts\d{2}$/)
      .optional(),
    /** the scenario counts as an AI application scenario when covered (independent of the level) */
    usesAi: z.boolean().optional(),
    /** SME 2024 packs: a 约束性 scene, counted by level rules with minConstrainedScenes */
    constrained: z.boolean().optional(),
  })
  .strict();

export const SatisfactionItemSchema = z
  .object({
    ...ItemBase,
    type: z.literal('satisfaction'),
    /** the requirement, paraphrased */
    requirement: ZhText,
  })
  .strict();

export const BooleanItemSchema = z.object({ ...ItemBase, type: z.literal('boolean') }).strict();

export const FiguresItemSchema = z
  .object({
    ...ItemBase,
    type: z.literal('figures'),
    fields: z.array(FigureField).min(2).max(8),
    ratio: z
      .object({
        numerator: z.string(),
        denominator: z.string(),
        /** a comparison of two values (an indicator against its benchmark) may exceed 1 */
        unbounded: z.boolean().optional(),
      })
      .strict(),
    bands: z.array(Band).min(1).max(12),
  })
  .strict();

export const ChoicesItemSchema = z
  .object({
    ...ItemBase,
    type: z.literal('choices'),
    select: z.enum(['single', 'multi']),
    options: z.array(ChoiceOption).min(1).max(30),
  })
  .strict();

/** A shared item owned by another pack, placed in this pack under its own node and weight. */
export const RefItemSchema = z
  .object({
    type: z.literal('ref'),
    ref: ItemIdSchema,
    /** the pack that owns the item (resolved through the registry) */
    from: Id,
    node: Id,
    weight: z.number().min(0).max(1000).default(1),
    level: z.number().int().min(1).max(5).optional(),
    applies: ApplicabilitySchema.optional(),
    when: ConditionSchema.optional(),
    /** why this shared evidence also answers this pack's node */
    note: ZhText.optional(),
    /**
     * choices items: the satisfaction degree (0–1) each option of the owned item gives this
     * pack's requirement, reviewed per option; without it the owner's points ratio is used
     */
    optionSatisfaction: z.record(z.string().min(1).max(64), z.number().min(0).max(1)).optional(),
    ...Provenance,
  })
  .strict();

export const OwnedItemSchema = z.discriminatedUnion('type', [
  LevelItemSchema,
  SatisfactionItemSchema,
  BooleanItemSchema,
  FiguresItemSchema,
  ChoicesItemSchema,
]);
export type OwnedItem = z.infer<typeof OwnedItemSchema>;
export type LevelItem = z.infer<typeof LevelItemSchema>;
export type FiguresItem = z.infer<typeof FiguresItemSchema>;
export type ChoicesItem = z.infer<typeof ChoicesItemSchema>;

export const PackItemSchema = z.discriminatedUnion('type', [
  LevelItemSchema,
  SatisfactionItemSchema,
  BooleanItemSchema,
  FiguresItemSchema,
  ChoicesItemSchema,
  RefItemSchema,
]);
export type PackItem = z.infer<typeof PackItemSchema>;
export type RefItem = z.infer<typeof RefItemSchema>;

const RuleProvenance = {
  citation: CitationSchema,
  confidence: ConfidenceSchema,
};

/** 全部 / 大部分 / 部分 / 不满足 → satisfaction degree; configurable because GB/T 39117 was not verified. */
export const SatisfactionScaleSchema = z
  .object({
    full: z.number().min(0).max(1),
    most: z.number().min(0).max(1),
    partial: z.number().min(0).max(1),
    none: z.number().min(0).max(1),
    ...RuleProvenance,
  })
  .strict();
export type SatisfactionScale = z.infer<typeof SatisfactionScaleSchema>;

const TierDef = z
  .object({
    code: Id,
    rank: z.number().int().min(1).max(9),
    label: LabelSchema,
    /** the estimate's wording when the tier's gates hold, e.g. "符合基础级智能工厂自评条件" */
    statement: LabelSchema,
    decidedBy: LabelSchema,
  })
  .strict();

const GateBase = {
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  tier: Id,
  label: LabelSchema,
  /** the edition and region the rule was read from, e.g. "2025 全国" */
  edition: z.string().min(1).max(64),
  ...RuleProvenance,
};

const RegionVariant = z
  .object({
    cities: z.array(z.string().min(2)).min(1),
    min: z.number().int().min(1).max(5),
    edition: z.string().min(1).max(64),
    ...RuleProvenance,
  })
  .strict();

export const GateSchema = z.discriminatedUnion('type', [
  /** a predicate over answers and the profile (基本要求) */
  z.object({ ...GateBase, type: z.literal('condition'), condition: ConditionSchema }).strict(),
  /** minimum CMMM level: the official level when entered, else the CMMM pack's estimate */
  z
    .object({
      ...GateBase,
      type: z.literal('cmmm-level'),
      min: z.number().int().min(1).max(5),
      /** item holding the officially assessed level (c3mep self-assessment or third-party) */
      officialItem: ItemIdSchema.optional(),
      /** the pack whose estimate stands in when no official level is entered */
      estimateFrom: Id.optional(),
      regionVariants: z.array(RegionVariant).default([]),
    })
    .strict(),
  /** every listed dimension has at least one covered typical scenario */
  z
    .object({ ...GateBase, type: z.literal('coverage'), dimensions: z.array(z.enum(DIMENSIONS)).min(1) })
    .strict(),
  /** share of covered scenarios that are AI application scenarios */
  z.object({ ...GateBase, type: z.literal('ai-share'), min: z.number().min(0).max(1) }).strict(),
  /** the previous tier held (item answer) or, failing that, estimated here */
  z.object({ ...GateBase, type: z.literal('previous-tier'), heldItem: ItemIdSchema }).strict(),
  /**
   * A key indicator compared with a benchmark: which indicator (a single choice), the enterprise's
   * value and the benchmark's (a figures item) and where the benchmark comes from (a single
   * choice). Without a known basis the gate needs verification; it is never met on a guess.
   */
  z
    .object({
      ...GateBase,
      type: z.literal('benchmark'),
      indicatorItem: ItemIdSchema,
      figuresItem: ItemIdSchema,
      basisItem: ItemIdSchema,
      /** basis options that mean no usable benchmark */
      noBasis: z.array(z.string().min(1)).min(1),
      /** per indicator option: which direction is better, and the unit its values are in */
      indicators: z
        .array(
          z
            .object({
              option: z.string().min(1),
              better: z.enum(['higher', 'lower']),
              unit: z.string().max(16),
            })
            .strict(),
        )
        .min(1),
      /** e.g. 高于本省同行业平均 */
      comparison: z.string().min(1).max(40),
    })
    .strict(),
]);
export type Gate = z.infer<typeof GateSchema>;

export const TiersScoringSchema = z
  .object({
    kind: z.literal('tiers'),
    tiers: z.array(TierDef).min(1),
    /** the estimate below the first tier */
    belowFirst: z.object({ label: LabelSchema, statement: LabelSchema }).strict(),
    gates: z.array(GateSchema).min(1),
    /** a scenario item counts as covered from this level on */
    coveredAtLevel: z.number().int().min(1).max(5),
    /** a covered scenario answered at this level or above counts as applying AI */
    aiAtLevel: z.number().int().min(1).max(5),
  })
  .strict();

const LevelCode = z.object({ level: z.number().int().min(1).max(5), label: LabelSchema }).strict();
/** wording for rank 0 (below the first level) */
const BelowFirst = LabelSchema;

export const CmmmScoringSchema = z
  .object({
    kind: z.literal('cmmm'),
    levels: z.array(LevelCode).min(1).max(5),
    belowFirst: BelowFirst,
    /** a level is achieved when its score reaches this */
    achievedAt: z.number().min(0).max(1),
    /** 'score': an achieved level adds its own score to S; 'one': it adds 1 */
    achievedCountsAs: z.enum(['score', 'one']),
    /** S → level: the highest band whose min S reaches */
    bands: z
      .array(z.object({ level: z.number().int().min(1).max(5), minS: z.number().min(0) }).strict())
      .min(1),
    /** the estimate's wording; {level} becomes e.g. "二级（规范级）" or "未达一级" */
    statement: LabelSchema,
    decidedBy: LabelSchema,
    ...RuleProvenance,
  })
  .strict();

export const SmeScoringSchema = z
  .object({
    kind: z.literal('sme-digital'),
    levels: z.array(LevelCode).min(1).max(5),
    belowFirst: BelowFirst,
    /**
     * level n needs the 100-point score ≥ minScore, and, when given, minScenes scene items at
     * level ≥ n, of which minConstrainedScenes are 约束性; every lower level must hold too
     */
    rule: z
      .array(
        z
          .object({
            level: z.number().int().min(1).max(5),
            minScore: z.number().min(0).max(100),
            minScenes: z.number().int().min(0).optional(),
            /** of those scenes, at least this many are 约束性 (items with constrained: true) */
            minConstrainedScenes: z.number().int().min(0).optional(),
          })
          .strict(),
      )
      .min(1),
    /** node whose level items are the graded scenes */
    scenesNode: Id,
    /** the estimate's wording; {level} becomes e.g. "二级" or "未达一级" */
    statement: LabelSchema,
    decidedBy: LabelSchema,
    ...RuleProvenance,
  })
  .strict();

export const WeightedScoringSchema = z.object({ kind: z.literal('weighted') }).strict();

export const ScoringSchema = z.discriminatedUnion('kind', [
  TiersScoringSchema,
  CmmmScoringSchema,
  SmeScoringSchema,
  WeightedScoringSchema,
]);
export type Scoring = z.infer<typeof ScoringSchema>;
export type TiersScoring = z.infer<typeof TiersScoringSchema>;
export type CmmmScoring = z.infer<typeof CmmmScoringSchema>;
export type SmeScoring = z.infer<typeof SmeScoringSchema>;

/**
 * What became of one item of an older version: its answer moves to `to` (the same id when only
 * options or levels changed), with old option / level → new, or it is `dropped` with the reason a
 * consultant reads. The older pack is not shipped, so the entry carries the question as it was asked.
 */
export const UpgradeItemSchema = z
  .object({
    /** the item's id in the older version */
    item: ItemIdSchema,
    /** the question as the older version asked it (the upgrade notice names it) */
    question: ZhText,
    to: ItemIdSchema.optional(),
    /** old option id → option id of `to` (options not listed keep their id) */
    options: z.record(z.string(), z.string()).optional(),
    /** old option id → why an answer with it cannot be carried */
    droppedOptions: z.record(z.string(), ZhText).optional(),
    /** old level → level of `to` (levels not listed keep their number) */
    levels: z.record(z.string(), z.number().int().min(0).max(5)).optional(),
    /** why the old answer cannot be carried over and what to ask instead */
    dropped: ZhText.optional(),
  })
  .strict();
export type UpgradeItem = z.infer<typeof UpgradeItemSchema>;

/** How answers saved against one older version map to this one. */
export const UpgradeSchema = z
  .object({
    fromVersion: Version,
    items: z.array(UpgradeItemSchema).min(1),
  })
  .strict();
export type Upgrade = z.infer<typeof UpgradeSchema>;

export const ModelPackSchema = z
  .object({
    format: z.literal(MODEL_FORMAT),
    id: Id,
    version: Version,
    title: LabelSchema,
    description: ZhText,
    /** the editions and documents this pack encodes */
    edition: z.string().min(1).max(120),
    citation: CitationSchema,
    confidence: ConfidenceSchema,
    /** other packs answered in the same questionnaire (shared items are asked once) */
    evaluates: z.array(z.object({ id: Id, version: Version }).strict()).default([]),
    satisfactionScale: SatisfactionScaleSchema.optional(),
    nodes: z.array(NodeSchema).min(1),
    items: z.array(PackItemSchema).min(1),
    scoring: ScoringSchema,
    upgrades: z.array(UpgradeSchema).default([]),
  })
  .strict();
export type ModelPack = z.infer<typeof ModelPackSchema>;
export type ModelPackInput = z.input<typeof ModelPackSchema>;
