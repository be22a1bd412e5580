import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '@contract/errors';
import { fontFilesFor, scriptFor } from './font-files';
import type { ReportModel } from './model/schema';
import type { RenderedReport } from './render/report';
import { renderInThisThread } from './render-job';
import { RenderJobSchema, RenderReplySchema, type RenderJob } from './render-messages';

/**
 * Where reports are drawn. pdfkit is synchronous CPU work (~0.1–0.2 s a report, ~0.5 s for the
 * first one while fonts and code warm up), so the shells use a worker thread and the Electron
 * main process / web shell event loop never blocks. The worker is started on first use, kept
 * warm (fonts parsed once), and unref'd so it never keeps a process alive.
 */
export interface ReportRenderer {
  render(model: ReportModel): Promise<RenderedReport>;
  readonly mode: 'worker' | 'in-process';
  close(): Promise<void>;
}

/** The built worker next to the bundled shell (dist/electron/report-worker.cjs). */
export function defaultWorkerFile(): string {
  return path.join(typeof __dirname === 'string' ? __dirname : process.cwd(), 'report-worker.cjs');
}

export function inProcessRenderer(): ReportRenderer {
  return {
    mode: 'in-process',
    render: (model) => {
      const script = scriptFor(model.language);
      return renderInThisThread(model, script, fontFilesFor(script));
    },
    close: async () => {},
  };
}

export function workerRenderer(workerFile: string): ReportRenderer {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: RenderedReport) => void; reject: (e: Error) => void }>();
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = undefined;
  };
  const start = (): Worker => {
    const w = new Worker(workerFile);
    w.unref();
    w.on('message', (message: unknown) => {
      const reply = RenderReplySchema.parse(message);
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (pending.size === 0) w.unref();
      if (reply.ok) p.resolve({ bytes: reply.bytes, pages: reply.pages });
      else p.reject(new AppError('internal', `生成报告失败：${reply.message}`));
    });
    w.on('error', (error) =>
      failAll(new AppError('internal', `报告生成进程出错：${error.message}`, { workerFailure: true })),
    );
    w.on('exit', (code) =>
      failAll(new AppError('internal', `报告生成进程意外退出（代码 ${code}）`, { workerFailure: true })),
    );
    return w;
  };
  return {
    mode: 'worker',
    render(model) {
      const script = scriptFor(model.language);
      // checked here, where zod is loaded anyway, so the worker starts without it
      const checked = RenderJobSchema.safeParse({ id: nextId++, model, script, fonts: fontFilesFor(script) });
      if (!checked.success)
        return Promise.reject(new AppError('internal', '生成报告失败：报告数据格式不正确'));
      const job: RenderJob = checked.data;
      worker ??= start();
      const w = worker;
      return new Promise((resolve, reject) => {
        pending.set(job.id, { resolve, reject });
        w.ref(); // keep the process alive while a report is being drawn
        w.postMessage(job);
      });
    },
    async close() {
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
  };
}

const isWorkerFailure = (error: unknown): boolean =>
  error instanceof AppError &&
  (error.details as { workerFailure?: boolean } | undefined)?.workerFailure === true;

/**
 * A worker when the built worker file exists (shells), else in-process (tests run from source).
 * If the worker itself cannot run (e.g. a packaged layout it cannot load from), the report is
 * drawn in-process instead: slower for the UI for a moment, but the user still gets the PDF.
 */
export function createReportRenderer(workerFile: string = defaultWorkerFile()): ReportRenderer {
  if (!existsSync(workerFile)) return inProcessRenderer();
  const worker = workerRenderer(workerFile);
  const local = inProcessRenderer();
  let broken = false;
  return {
    get mode() {
      return broken ? 'in-process' : 'worker';
    },
    async render(model) {
      if (broken) return local.render(model);
      try {
        return await worker.render(model);
      } catch (error) {
        if (!isWorkerFailure(error)) throw error;
        broken = true;
        await worker.close();
        return local.render(model);
      }
    },
    close: () => worker.close(),
  };
}
