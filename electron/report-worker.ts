/**
 * The report worker thread (dist/electron/report-worker.cjs): receives a report model, draws the
 * PDF with pdfkit and sends the bytes back. Fonts are parsed once per worker and stay warm.
 */
import './compile-cache';
import { parentPort } from 'node:worker_threads';
import { RenderJobSchema, renderInThisThread, type RenderReply } from './services/report/render-job';

if (!parentPort) throw new Error('report-worker must run as a worker thread');
const port = parentPort;

port.on('message', (message: unknown) => {
  void (async () => {
    const parsed = RenderJobSchema.safeParse(message);
    if (!parsed.success) {
      const id = typeof (message as { id?: unknown })?.id === 'number' ? (message as { id: number }).id : -1;
      port.postMessage({ id, ok: false, message: '报告数据格式不正确' } satisfies RenderReply);
      return;
    }
    const job = parsed.data;
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
