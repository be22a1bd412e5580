/**
 * One cold report in a fresh process, as the app's report worker does it on first use: load
 * pdfkit/fontkit/ECharts, parse the fonts, draw the model, write the PDF. Built and spawned by
 * report.ts, which writes the job file (model, script, font files) as the main thread posts it.
 *
 * Like the worker, it loads no zod: in the app the main thread checks the job against
 * RenderJobSchema before posting it (render-messages.ts); here the job is the one report.ts has
 * just written from buildReportModel().
 */
import '../../electron/compile-cache';
import { readFileSync, writeFileSync } from 'node:fs';
import { renderInThisThread } from '../../electron/services/report/render-job';
import type { RenderJob } from '../../electron/services/report/render-messages';

const [jobFile, outFile] = process.argv.slice(2);
const job = JSON.parse(readFileSync(jobFile!, 'utf8')) as Omit<RenderJob, 'id'>;
void renderInThisThread(job.model, job.script, job.fonts).then((r) => writeFileSync(outFile!, r.bytes));
