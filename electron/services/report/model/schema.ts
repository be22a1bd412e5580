import { z } from 'zod';

/**
 * The report model: every string and number the PDF shows, already resolved and formatted in the
 * report's language. Built by a pure function (./build.ts); the renderer only draws it. It is
 * also what crosses the worker boundary, so it has a schema.
 */

export const ReportLanguageSchema = z.enum(['zh-CN', 'en', 'zh-TW']);
export type ReportLanguage = z.infer<typeof ReportLanguageSchema>;

const Text = z.string();
const KeyValue = z.object({ label: Text, value: Text });

export const TableSchema = z.object({
  /** column headers, repeated at the top of every page the table spans */
  columns: z.array(
    z.object({
      title: Text,
      width: z.number().positive(),
      align: z.enum(['left', 'center', 'right']).default('left'),
    }),
  ),
  rows: z.array(z.array(Text)),
  /** rows drawn in bold (e.g. a total line), by index */
  emphasis: z.array(z.number().int().min(0)).default([]),
});
export type ReportTable = z.infer<typeof TableSchema>;

export const BlockSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('paragraph'),
    text: Text,
    tone: z.enum(['normal', 'muted', 'notice']).default('normal'),
  }),
  z.object({ kind: z.literal('subheading'), text: Text }),
  z.object({ kind: z.literal('bullets'), items: z.array(Text) }),
  z.object({ kind: z.literal('table'), table: TableSchema }),
  z.object({ kind: z.literal('facts'), items: z.array(KeyValue) }),
  /** side-by-side signature and seal boxes */
  z.object({
    kind: z.literal('signatures'),
    parties: z.array(z.object({ role: Text, lines: z.array(Text), seal: Text })),
  }),
]);
export type Block = z.infer<typeof BlockSchema>;

/** One part of a section that gets its own TOC line and bookmark (e.g. one dimension). */
export const SubsectionSchema = z.object({
  id: z.string(),
  title: Text,
  /** short line next to the title, e.g. "得分 55.6 / 100" */
  badge: Text.optional(),
  blocks: z.array(BlockSchema),
});
export type Subsection = z.infer<typeof SubsectionSchema>;

export const SectionSchema = z.object({
  id: z.string(),
  title: Text,
  /** start on a fresh page */
  newPage: z.boolean().default(true),
  blocks: z.array(BlockSchema),
  subsections: z.array(SubsectionSchema).default([]),
});
export type Section = z.infer<typeof SectionSchema>;

export const ReportModelSchema = z.object({
  language: ReportLanguageSchema,
  meta: z.object({
    title: Text,
    subject: Text,
    author: Text,
    keywords: Text,
    creator: Text,
    reportId: Text,
    /** ISO timestamp, used as the PDF creation date */
    generatedAt: z.iso.datetime(),
  }),
  cover: z.object({
    title: Text,
    subtitle: Text,
    enterpriseName: Text,
    facts: z.array(KeyValue),
    notice: Text,
  }),
  labels: z.object({
    toc: Text,
    /** "第 {n} 页 / 共 {total} 页" */
    pageFooter: Text,
    header: Text,
    radarCaption: Text,
    continued: Text,
  }),
  /** the summary block: headline figures, the radar, strongest and weakest dimensions */
  summary: z.object({
    title: Text,
    headline: z.array(KeyValue),
    statement: Text,
    radar: z.object({
      /** the ECharts option object built by assessments/charts/radar.ts */
      option: z.record(z.string(), z.unknown()),
      axes: z.array(z.object({ label: Text, score: Text })),
    }),
    blocks: z.array(BlockSchema),
  }),
  sections: z.array(SectionSchema),
});
export type ReportModel = z.infer<typeof ReportModelSchema>;
export type ReportModelInput = z.input<typeof ReportModelSchema>;
