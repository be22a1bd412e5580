import { z } from 'zod';
import type { FontFiles, FontScript } from './font-files';
import { ReportModelSchema, type ReportModel } from './model/schema';
import type { RenderedReport } from './render/report';

/** What crosses into the report worker: the model and where the fonts are (resolved by the caller). */
export const RenderJobSchema = z.object({
  id: z.number().int(),
  model: ReportModelSchema,
  script: z.enum(['sc', 'tc']),
  fonts: z.object({
    regular: z.string(),
    bold: z.string(),
    fallback: z.object({ regular: z.string(), bold: z.string() }).optional(),
  }),
});
export type RenderJob = z.infer<typeof RenderJobSchema>;

export const RenderReplySchema = z.discriminatedUnion('ok', [
  z.object({
    id: z.number().int(),
    ok: z.literal(true),
    bytes: z.instanceof(Uint8Array),
    pages: z.number().int(),
  }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string() }),
]);
export type RenderReply = z.infer<typeof RenderReplySchema>;

/**
 * Renders in the current thread (the worker's body, and the in-process path for tests and the
 * bench). pdfkit, fontkit and echarts are loaded on the first report, not when a shell starts.
 */
export async function renderInThisThread(
  model: ReportModel,
  script: FontScript,
  fonts: FontFiles,
): Promise<RenderedReport> {
  const [{ renderReport }, { loadFonts }] = await Promise.all([import('./render/report'), import('./fonts')]);
  return renderReport(model, loadFonts(script, fonts));
}
