import { z } from 'zod';
import { SizeClassSchema } from '../enterprise';
import {
  CertificationIdSchema,
  FigureIdSchema,
  InvestmentChannelSchema,
  InvestmentKindSchema,
} from '../funding';

/**
 * The subsidy catalog: one YAML file per policy document (assessments/policies/*.yaml), each
 * measure traceable to a verbatim sentence of the seed text it cites. Amounts are 万元.
 * Quotes keep the source script (two seeds are Traditional Chinese); display names are Simplified.
 */

const IsoDateSchema = z.iso.date();
const IdSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'id: lower-case letters, digits and -');

/** A verbatim substring of the cited seed file; `npm run models:check` verifies it. */
export const QuoteSchema = z.string().min(4).max(600);

export const TIERS = ['none', 'basic', 'advanced', 'excellent', 'leading'] as const;
export const TierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof TierSchema>;

export const RegionScopeSchema = z.object({
  province: z.literal('广东省').default('广东省'),
  /** empty: the whole province */
  cities: z.array(z.string().min(2)).default([]),
  /** empty: the whole of the cities; names are alternatives (aliases of one area are listed together) */
  districts: z.array(z.string().min(2)).default([]),
  /** how the UI names the area, e.g. 广州开发区/黄埔区 */
  label: z.string().min(2),
  /** why the scope is what it is, when a measure narrows its document's scope */
  quote: QuoteSchema.optional(),
  /** shown when the enterprise falls outside the scope (e.g. unnamed provincial pilot cities) */
  outsideNote: z.string().max(300).optional(),
  /**
   * the text names some cities and says unnamed ones qualify too (粤办函〔2025〕265号 (九): six
   * national pilot cities named, 14 provincial ones not): a city outside the list is then a fact
   * to confirm with the authority (outsideNote says which), not a refusal
   */
  unlistedCitiesMayQualify: z.boolean().default(false),
  /**
   * the text leaves open whether the measure is limited to a new area or open to its whole city
   * (why, in Chinese): a firm in the city but outside the area is then to be verified, not eligible
   */
  scopeUnclear: z
    .object({ areas: z.array(z.string().min(2)).min(1), note: z.string().min(4).max(300) })
    .optional(),
  /**
   * a list the text refers to without naming it, as an external public source gives it (the 14
   * provincial SME pilot cities): an annotation for the consultant, never a decision
   */
  externalList: z
    .object({
      label: z.string().min(2).max(60),
      cities: z.array(z.string().min(2)).min(1),
      /** the public source, cited (publisher, title, address) */
      source: z.string().min(8).max(300),
    })
    .optional(),
});
export type RegionScope = z.infer<typeof RegionScopeSchema>;

export const ValiditySchema = z.object({
  from: IsoDateSchema,
  /** null: the document gives no end date */
  to: IsoDateSchema.nullable(),
  quote: QuoteSchema.optional(),
  note: z.string().max(300).optional(),
});
export type Validity = z.infer<typeof ValiditySchema>;

export const APPLICANT_TYPES = [
  'any',
  'manufacturer', // 工业/制造企业
  'ai-enterprise', // 人工智能企业
  'software-it', // 软件和信息技术服务/互联网企业
  'platform-operator',
  'data-service',
  'park-operator',
  'research-institute',
  'modern-service',
] as const;
export const ApplicantTypeSchema = z.enum(APPLICANT_TYPES);
export type ApplicantType = z.infer<typeof ApplicantTypeSchema>;

const ConditionBase = {
  /** short Chinese description shown to the consultant */
  label: z.string().min(2).max(120),
  quote: QuoteSchema.optional(),
};

export const ConditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('size'), allowed: z.array(SizeClassSchema).min(1), ...ConditionBase }),
  z.object({ kind: z.literal('ai-enterprise'), ...ConditionBase }),
  z.object({ kind: z.literal('independent-accounting'), ...ConditionBase }),
  z.object({
    kind: z.literal('certification'),
    anyOf: z.array(CertificationIdSchema).min(1),
    /** the text says 首次: the enterprise's first such filing/recognition */
    firstTime: z.boolean().default(false),
    /** a planned filing counts (with an action "do it first"); false for already-achieved outcomes */
    plannedCounts: z.boolean().default(true),
    ...ConditionBase,
  }),
  z.object({ kind: z.literal('dcmm'), minLevel: z.number().int().min(1).max(5), ...ConditionBase }),
  z.object({
    kind: z.literal('figure'),
    figure: FigureIdSchema,
    op: z.enum(['gt', 'gte']),
    valueWan: z.number().min(0),
    ...ConditionBase,
  }),
  z.object({
    kind: z.literal('revenue-growth'),
    /** year-on-year growth of 1–11 月 revenue must exceed this rate (strictly: 超) */
    minRate: z.number().min(0).max(10),
    ...ConditionBase,
  }),
  z.object({
    kind: z.literal('investment'),
    investmentKinds: z.array(InvestmentKindSchema).min(1),
    /** only spending through these channels counts; absent: any channel */
    channels: z.array(InvestmentChannelSchema.exclude(['unknown'])).optional(),
    ...ConditionBase,
  }),
  z.object({ kind: z.literal('tier'), minTier: TierSchema.exclude(['none']), ...ConditionBase }),
  /** the measure exists only where a city has set it up (the provincial plan "鼓励地市设立…") */
  z.object({
    kind: z.literal('local-implementation'),
    /** catalog measures that implement it locally */
    implementedBy: z.array(IdSchema).default([]),
    ...ConditionBase,
  }),
  /** a discretionary review: never blocks, always listed as a step */
  z.object({
    kind: z.literal('judgement'),
    /**
     * the award is competitive: the text selects among applicants (择优, 遴选, 评选, 经综合评定/评价)
     * — the measure is then 择优可争取, never an entitlement; false for a qualitative condition the
     * authority checks (具有示范性, 属试点行业), which stays a review step
     */
    selection: z.boolean().default(false),
    ...ConditionBase,
  }),
]);
export type Condition = z.infer<typeof ConditionSchema>;

export const CapPeriodSchema = z.enum(['once', 'year', 'validity']);
export type CapPeriod = z.infer<typeof CapPeriodSchema>;

export const PoolSchema = z.object({
  totalWan: z.number().positive().optional(),
  maxRecipients: z.number().int().positive().optional(),
  /** what the pool covers, as the text says (e.g. 政策有效期内, 三年, 每年) */
  period: z.string().min(2).max(40),
  quote: QuoteSchema.optional(),
});
export type Pool = z.infer<typeof PoolSchema>;

export const RatioBaseSchema = z.discriminatedUnion('from', [
  z.object({
    from: z.literal('investments'),
    investmentKinds: z.array(InvestmentKindSchema).min(1),
    channels: z.array(InvestmentChannelSchema.exclude(['unknown'])).optional(),
  }),
  z.object({ from: z.literal('figure'), figure: FigureIdSchema }),
]);
export type RatioBase = z.infer<typeof RatioBaseSchema>;

const BenefitBase = {
  pool: PoolSchema.optional(),
};

export const BenefitSchema = z.discriminatedUnion('kind', [
  /** ratio of an amount, optionally capped (e.g. ≤50% of service fees, ≤100万 per year) */
  z.object({
    kind: z.literal('ratio'),
    ratio: z.number().positive().max(1),
    /** 不超过/最高按: the ratio itself is a ceiling */
    ratioIsCeiling: z.boolean(),
    base: RatioBaseSchema,
    /** what the ratio applies to, as the text names it */
    baseLabel: z.string().min(2).max(80),
    cap: z.object({ wan: z.number().positive(), per: CapPeriodSchema }).optional(),
    ...BenefitBase,
  }),
  /** a fixed ceiling with no ratio stated (e.g. 最高100万元一次性奖励) */
  z.object({
    kind: z.literal('fixed-cap'),
    capWan: z.number().positive(),
    per: CapPeriodSchema,
    ...BenefitBase,
  }),
  /** so much per unit of growth, the rate rising with the growth (黄埔 第七条) */
  z.object({
    kind: z.literal('per-increment'),
    unitWan: z.number().positive(),
    /** ascending; the highest tier whose floor the increment exceeds applies to the whole increment */
    tiers: z.array(z.object({ aboveWan: z.number().min(0), perUnitWan: z.number().positive() })).min(1),
    capWan: z.number().positive(),
    per: CapPeriodSchema,
    ...BenefitBase,
  }),
  /** money without a figure ("给予奖励", "按有关政策") — never shown as a number */
  z.object({ kind: z.literal('unspecified'), wording: z.string().min(2).max(120), ...BenefitBase }),
  /** a status, listing or recognition rather than money */
  z.object({ kind: z.literal('status'), wording: z.string().min(2).max(120), ...BenefitBase }),
]);
export type Benefit = z.infer<typeof BenefitSchema>;

export const INSTRUMENTS = [
  'voucher', // 券
  'reward', // 奖励
  'subsidy', // 补贴/补助
  'grant', // 资助/资金支持
  'interest-subsidy', // 贴息/担保费/保险资助
  'loan-support', // 风险补偿、白名单等融资支持
  'tax', // 税收优惠
  'status', // 认定/名录/试点/表彰
  'procurement', // 政府首购
] as const;
export const InstrumentSchema = z.enum(INSTRUMENTS);

export const MeasureSchema = z.object({
  id: IdSchema,
  /** Simplified Chinese display name */
  name: z.string().min(2).max(80),
  /** article or measure number as the document numbers it, e.g. 第六条, （四） */
  article: z.string().min(2).max(20),
  quote: QuoteSchema,
  instrument: InstrumentSchema,
  applicants: z.array(ApplicantTypeSchema).min(1),
  /** narrows the document's region (e.g. a 滨海湾新区-only measure in a 东莞 document) */
  region: RegionScopeSchema.optional(),
  validity: ValiditySchema.optional(),
  conditions: z.array(ConditionSchema).default([]),
  benefit: BenefitSchema,
  /** what a project under this measure pays for; links measures to AI scenarios */
  funds: z.array(InvestmentKindSchema).default([]),
  materials: z.array(z.string().min(2).max(120)).default([]),
  /** measures in one group are alternatives: only the highest is counted (从高不重复) */
  exclusivityGroup: IdSchema.optional(),
  /** document-level conditions (e.g. 黄埔 第十五条) that this measure does not take */
  skipDocumentConditions: z.boolean().default(false),
  notes: z.array(z.string().min(2).max(300)).default([]),
});
export type Measure = z.infer<typeof MeasureSchema>;

export const DOCUMENT_KINDS = ['policy', 'action-plan', 'news-report'] as const;

export const PolicyDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  id: IdSchema,
  /** Simplified title for the UI */
  title: z.string().min(4).max(120),
  /** title in the script of the source, verbatim */
  titleOriginal: QuoteSchema,
  /** 文号; null for texts without one (a news report, 中山's notice) */
  number: z.string().min(4).max(60).nullable(),
  issuer: z.string().min(2).max(120),
  issuedOn: IsoDateSchema,
  kind: z.enum(DOCUMENT_KINDS),
  /** file name of the document text in the seeds folder beside the checkout (used by models:check) */
  sourceFile: z.string().regex(/^[\w.-]+\.txt$/),
  script: z.enum(['simplified', 'traditional']),
  region: RegionScopeSchema,
  validity: ValiditySchema,
  /** conditions the document applies to all of its measures (e.g. 黄埔 第十五条) */
  documentConditions: z.array(ConditionSchema).default([]),
  /** the document's own anti-stacking rule, quoted */
  exclusivityRule: z.object({ group: IdSchema, quote: QuoteSchema }).optional(),
  /** the document says its ratios and caps are ceilings (黄埔: 均为上限数额) */
  capsAreCeilings: z.object({ quote: QuoteSchema }).optional(),
  notes: z.array(z.string().min(2).max(300)).default([]),
  measures: z.array(MeasureSchema).min(1),
});
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;

/** assessments/policies/index.yaml: the catalog version and its files, in display order. */
export const PolicyCatalogIndexSchema = z.object({
  catalogVersion: z.string().regex(/^\d{4}\.\d+(\.\d+)?$/, 'catalogVersion like 2025.1'),
  documents: z.array(z.string().regex(/^[a-z0-9-]+\.yaml$/)).min(1),
  scenarios: z.array(z.string().regex(/^[a-z0-9-]+\.yaml$/)).default([]),
});
export type PolicyCatalogIndex = z.infer<typeof PolicyCatalogIndexSchema>;

export interface PolicyCatalog {
  readonly version: string;
  readonly documents: readonly PolicyDocument[];
}

/** Cross-document checks zod cannot express: unique ids, known references. */
export function catalogIntegrityIssues(documents: readonly PolicyDocument[]): string[] {
  const issues: string[] = [];
  const ids = new Set<string>();
  for (const doc of documents) {
    for (const m of doc.measures) {
      if (ids.has(m.id)) issues.push(`重复的措施 id：${m.id}`);
      ids.add(m.id);
    }
  }
  for (const doc of documents) {
    for (const m of doc.measures) {
      for (const c of m.conditions) {
        if (c.kind !== 'local-implementation') continue;
        for (const ref of c.implementedBy) {
          if (!ids.has(ref)) issues.push(`${m.id}：implementedBy 引用了不存在的措施 ${ref}`);
        }
      }
    }
  }
  return issues;
}
