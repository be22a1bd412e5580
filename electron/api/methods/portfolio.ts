/**
 * Contract of the portfolio: every assessment across enterprises in one filterable table, the
 * 建档立卡 roster as .xlsx, one assessment's questionnaire as a workbook (out and in), and many
 * bundles imported at once.
 */
import { z } from 'zod';
import { SizeClassSchema } from '@engine/enterprise';
import { method } from '../method';
import {
  AssessmentStatusSchema,
  IdSchema,
  ImportOutcomeSchema,
  MAX_INLINE_BUNDLE_BYTES,
  TimestampSchema,
} from '../records';

/** A workbook the consultant gets back from an enterprise; larger files are refused unread. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;
const base64Of = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

export const PortfolioRowSchema = z.object({
  assessmentId: IdSchema,
  enterpriseId: IdSchema,
  enterpriseName: z.string(),
  creditCode: z.string(),
  city: z.string(),
  district: z.string().nullable(),
  industryCode: z.string(),
  sizeClass: SizeClassSchema,
  status: AssessmentStatusSchema,
  /** completion date when completed, otherwise the last change */
  date: TimestampSchema,
  consultantName: z.string(),
  /** 0 = below 基础级; null when the questionnaire has no tiers pack */
  tierRank: z.number().int().min(0).nullable(),
  tierLabel: z.string().nullable(),
  tierPending: z.boolean(),
  cmmmLevel: z.number().int().min(0).max(5).nullable(),
  smeLevel: z.number().int().min(0).max(4).nullable(),
  /** eligible today (符合条件), not superseded: sum of stated amounts and ceilings, 万元 */
  subsidyTodayWan: z.number().min(0),
  /** eligible measures whose amount the texts leave open */
  subsidyUnspecified: z.number().int().min(0),
  /** competitive (择优) measures: sum of their policy ceilings, 万元, never part of the entitlement */
  competitiveCapWan: z.number().min(0),
  eligibleCount: z.number().int().min(0),
  answeredCount: z.number().int().min(0),
});
export type PortfolioRow = z.infer<typeof PortfolioRowSchema>;

export const PORTFOLIO_SORTS = [
  'date',
  'enterpriseName',
  'city',
  'tierRank',
  'cmmmLevel',
  'smeLevel',
  'subsidyTodayWan',
] as const;

export const PortfolioFilterSchema = z.object({
  /** substring of enterprise name, credit code, city, district or consultant */
  query: z.string().trim().max(60).default(''),
  city: z.string().max(16).optional(),
  district: z.string().max(32).optional(),
  industryCode: z.string().max(8).optional(),
  status: AssessmentStatusSchema.optional(),
  /** minimum tier rank (1 = 基础级 …) */
  tierRank: z.number().int().min(0).max(9).optional(),
  cmmmLevel: z.number().int().min(0).max(5).optional(),
  smeLevel: z.number().int().min(0).max(4).optional(),
  /** YYYY-MM-DD, inclusive, China time */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** only the latest completed assessment of each enterprise (the roster's rows) */
  latestCompleted: z.boolean().default(false),
});
export type PortfolioFilter = z.output<typeof PortfolioFilterSchema>;

export const PortfolioQuerySchema = PortfolioFilterSchema.extend({
  sort: z.enum(PORTFOLIO_SORTS).default('date'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type PortfolioQuery = z.output<typeof PortfolioQuerySchema>;

const FacetSchema = z.object({ value: z.string(), count: z.number().int().min(0) });

const SavedFile = z.object({
  fileName: z.string(),
  /** the bytes, when the shell has no save dialog (browser: the renderer downloads them) */
  base64: z.string().optional(),
  /** where the file was written when the shell offers a save dialog; neither = cancelled */
  savedTo: z.string().optional(),
});

export const WorkbookRowErrorSchema = z.object({
  /** row number as Excel shows it */
  row: z.number().int().min(0),
  message: z.string(),
});
export type WorkbookRowError = z.infer<typeof WorkbookRowErrorSchema>;

export const BundleFileOutcomeSchema = z.object({
  fileName: z.string(),
  outcome: z.union([ImportOutcomeSchema, z.literal('refused')]),
  enterpriseName: z.string().nullable(),
  /** why it was refused (Chinese) */
  reason: z.string().nullable(),
});

export const portfolioMethods = {
  'portfolio.list': method(
    PortfolioQuerySchema,
    z.object({
      items: z.array(PortfolioRowSchema),
      total: z.number().int().min(0),
      /** values present in the whole portfolio, for the filter menus */
      facets: z.object({
        cities: z.array(FacetSchema),
        industries: z.array(FacetSchema),
      }),
    }),
  ),
  'portfolio.roster': method(PortfolioFilterSchema.omit({ latestCompleted: true }), SavedFile),
  'workbook.export': method(z.object({ assessmentId: IdSchema }), SavedFile),
  'workbook.import': method(
    z.object({
      assessmentId: IdSchema,
      fileName: z.string().max(255),
      base64: base64Of(MAX_WORKBOOK_BYTES),
      /** 'all': nothing is written unless every row is valid; 'valid-rows': the consultant chose to keep the valid rows */
      mode: z.enum(['all', 'valid-rows']).default('all'),
    }),
    z.object({
      written: z.number().int().min(0),
      validRows: z.number().int().min(0),
      errors: z.array(WorkbookRowErrorSchema),
      revision: z.number().int().min(0),
    }),
  ),
  'bundle.importMany': method(
    z.object({
      files: z
        .array(z.object({ fileName: z.string().max(255), base64: base64Of(MAX_INLINE_BUNDLE_BYTES) }))
        .min(1)
        .max(50),
    }),
    z.object({ files: z.array(BundleFileOutcomeSchema) }),
  ),
};
