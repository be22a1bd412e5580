import { z } from 'zod';
import { method } from '../method';
import { IdSchema, LanguageSchema } from '../records';

/**
 * The PDF diagnosis report. With a save dialog (Electron) the file is written where the user
 * chose and `savedTo` is set; without one (browser shell) the PDF comes back as base64 for the
 * renderer to download. Neither set means the user cancelled the dialog (nothing recorded).
 */
export const ReportExportResultSchema = z.object({
  fileName: z.string(),
  base64: z.string().optional(),
  savedTo: z.string().optional(),
  /** the number printed on the cover and in every page header, e.g. SFD-20251121-1A2B3C4D */
  reportId: z.string(),
  pages: z.number().int().min(1),
  bytes: z.number().int().min(1),
});
export type ReportExportResult = z.infer<typeof ReportExportResultSchema>;

export const reportMethods = {
  'report.export': method(
    z.object({
      assessmentId: IdSchema,
      /** defaults to the language in settings (zh-CN unless changed) */
      language: LanguageSchema.optional(),
    }),
    ReportExportResultSchema,
  ),
};
