import type { FontFiles, FontScript } from './font-files';
import type { ReportModel } from './model/schema';
import type { RenderedReport } from './render/report';

/**
 * Renders in the current thread (the worker's body, and the in-process path for tests and the
 * bench). pdfkit, fontkit and echarts are loaded on the first report, not when a shell starts.
 * Type-only imports above: nothing here loads zod (the job is checked by the sender, see
 * render-messages.ts).
 */
export async function renderInThisThread(
  model: ReportModel,
  script: FontScript,
  fonts: FontFiles,
): Promise<RenderedReport> {
  const [{ renderReport }, { loadFonts }] = await Promise.all([import('./render/report'), import('./fonts')]);
  return renderReport(model, loadFonts(script, fonts));
}
