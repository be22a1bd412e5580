/**
 * The report worker thread (dist/electron/report-worker.cjs): receives a report model, draws the
 * PDF with pdfkit and sends the bytes back. Fonts are parsed once per worker and stay warm.
 */
import './compile-cache';
import { parentPort } from 'node:worker_threads';
import { renderInThisThread } from './services/report/render-job';
import type { RenderJob, RenderReply } from './services/report/render-messages';

if (!parentPort) throw new Error('report-worker must run as a worker thread');
const port = parentPort;

port.on('message', (message: unknown) => {
  void (async () => {
    // the only sender is renderer.ts in this process, which checks the job against RenderJobSchema
    // before posting it; zod stays out of the worker's start-up (cold report budget)
    const job = message as RenderJob;
    try {
      const { bytes, pages } = await renderInThisThread(job.model, job.script, job.fonts);
      port.postMessage({ id: job.id, ok: true, bytes, pages } satisfies RenderReply, [
        bytes.buffer as ArrayBuffer,
      ]);
    } catch (error) {
      port.postMessage({ id: job.id, ok: false, message: (error as Error).message } satisfies RenderReply);
    }
  })();
});
