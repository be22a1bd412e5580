/**
 * Report generation (docs/architecture.md §6): warm (in-process, fonts parsed) and cold (a fresh `node`
 * process running the built CLI on the sample bundle), beside the baseline a team would
 * otherwise pick: the same report as HTML printed to PDF by headless Chromium.
 *   node scripts/run-ts.mjs test/bench/report.ts      (after npm run build:node)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { parseBundle } from '../../electron/services/bundle';
import { createModelRegistry } from '../../electron/services/catalog/models';
import { createPolicyCatalogService } from '../../electron/services/catalog/policies';
import { fontFilesFor } from '../../electron/services/report/font-files';
import { loadFonts } from '../../electron/services/report/fonts';
import { gatherReportInput } from '../../electron/services/report/gather';
import { buildReportModel, CHART_FONT_FAMILY } from '../../electron/services/report/model/build';
import { renderChartSvg } from '../../electron/services/report/render/chart';
import { renderReport } from '../../electron/services/report/render/report';
import { bundleForNode } from '../helpers/bundle';
import { reportHtml } from './report-html';
import { percentile, timeRuns, type BenchRow } from './table';

const SAMPLE = path.resolve('test/fixtures/sample-bundle.sfdx');
const CLI = path.resolve('dist/electron/cli.cjs');
const CHROMIUM = process.env.SFD_CHROMIUM ?? '/usr/bin/chromium';
const NOW = new Date('2025-11-21T02:00:00Z');

function sampleModel() {
  const models = createModelRegistry();
  const { enterprise, doc } = parseBundle(readFileSync(SAMPLE), {
    isKnownModel: (id, v) => models.isKnown(id, v),
  });
  const policies = createPolicyCatalogService();
  return () =>
    buildReportModel(
      gatherReportInput({
        profile: enterprise.profile,
        doc,
        models,
        policies,
        app: { name: '智造自诊', version: 'bench' },
        now: NOW,
        reportId: 'SFD-BENCH',
      }),
    );
}

export interface WarmResult {
  /** bundle data → diagnosis, subsidies, scenarios → model → PDF bytes, ms, sorted */
  readonly total: number[];
  /** model → PDF bytes only */
  readonly render: number[];
  readonly bytes: number;
  readonly pages: number;
}

/** In-process, after warm-up: what the second and later reports of a session cost. */
export async function benchReportWarm(runs = 20): Promise<WarmResult> {
  const build = sampleModel();
  const fonts = loadFonts('sc', fontFilesFor('sc'));
  const model = build();
  let last = await renderReport(model, fonts);
  const total = await timeRuns(runs, async () => {
    last = await renderReport(build(), fonts);
  });
  const render = await timeRuns(runs, () => renderReport(model, fonts));
  return { total, render, bytes: last.bytes.length, pages: last.pages };
}

function timeSpawns(runs: number, args: readonly string[]): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [...args], { encoding: 'utf8' });
    const ms = performance.now() - start;
    if (r.status !== 0) throw new Error(`${args[0]} failed: ${r.stderr}`);
    if (i > 0) times.push(ms); // the first run also fills V8's compile cache
  }
  return times.sort((a, b) => a - b);
}

export interface ColdResult {
  /** fresh process drawing a report model: what the app's report worker does on first use */
  readonly render: number[];
  /** fresh process running the whole CLI: bundle → model YAML load → engine → PDF */
  readonly cli: number[];
}

export async function benchReportCold(runs = 5): Promise<ColdResult> {
  const dir = mkdtempSync(path.resolve('node_modules/.cache/sfd-bench-report-'));
  try {
    const entry = await bundleForNode('test/bench/report-cold.ts');
    const jobFile = path.join(dir, 'job.json');
    const job = { model: sampleModel()(), script: 'sc', fonts: fontFilesFor('sc') };
    writeFileSync(jobFile, JSON.stringify(job));
    const pdf = path.join(dir, 'r.pdf');
    return {
      render: timeSpawns(runs, [entry, jobFile, pdf]),
      cli: timeSpawns(runs, [CLI, SAMPLE, '--pdf', pdf, '--date', '2025-11-21']),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ChromiumResult {
  /** browser running: load the HTML, print to PDF */
  readonly warm: number[];
  /** launch the browser, load, print, close */
  readonly cold: number[];
  readonly bytes: number;
  readonly pages: number;
}

export async function benchChromiumBaseline(warmRuns = 10, coldRuns = 3): Promise<ChromiumResult> {
  const model = sampleModel()();
  const fonts = loadFonts('sc', fontFilesFor('sc'));
  const svg = renderChartSvg(model.summary.radar.option, 290, 250, fonts.regular).replaceAll(
    CHART_FONT_FAMILY,
    'R',
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sfd-bench-chromium-'));
  const html = path.join(dir, 'report.html');
  const out = path.join(dir, 'report.pdf');
  writeFileSync(html, reportHtml(model, svg, fontFilesFor('sc')));
  const args = ['--no-sandbox', '--disable-gpu'];
  const printOnce = async (page: import('playwright-core').Page) => {
    await page.goto(`file://${html}`, { waitUntil: 'load' });
    await page.pdf({ path: out, format: 'A4', printBackground: true, preferCSSPageSize: true });
  };
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args });
    const page = await browser.newPage();
    const warm = await timeRuns(warmRuns, () => printOnce(page), 2);
    await browser.close();
    const cold: number[] = [];
    for (let i = 0; i < coldRuns; i++) {
      const start = performance.now();
      const b = await chromium.launch({ executablePath: CHROMIUM, args });
      await printOnce(await b.newPage());
      await b.close();
      cold.push(performance.now() - start);
    }
    const bytes = statSync(out).size;
    const pages = Number(
      /Pages:\s+(\d+)/.exec(spawnSync('/usr/bin/pdfinfo', [out], { encoding: 'utf8' }).stdout)?.[1] ?? 0,
    );
    return { warm, cold: cold.sort((a, b) => a - b), bytes, pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const med = (t: readonly number[]) => percentile(t, 50);

/** The bench table rows for `npm run bench`. */
export async function reportBenchRows(quick = false): Promise<BenchRow[]> {
  const warm = await benchReportWarm(quick ? 2 : 20);
  const cold = await benchReportCold(quick ? 1 : 5);
  const base = await benchChromiumBaseline(quick ? 1 : 10, quick ? 1 : 3);
  const kb = (b: number) => Math.round(b / 102.4) / 10;
  return [
    {
      what: `PDF report warm (${warm.pages} pages, CJK, chart)`,
      figure: med(warm.total),
      unit: 'ms',
      budget: { op: '<', value: 150 },
      how: `sample bundle → engine → model → pdfkit, in-process, median of ${warm.total.length}; pdfkit drawing alone ${med(warm.render).toFixed(1)} ms`,
    },
    {
      what: 'PDF report cold (fresh process)',
      figure: med(cold.render),
      unit: 'ms',
      budget: { op: '<', value: 1000 },
      how: `new node process: load modules, parse fonts, draw the sample model, median of ${cold.render.length} (the report worker's first report)`,
    },
    {
      what: 'diagnose CLI cold, bundle → PDF',
      figure: med(cold.cli),
      unit: 'ms',
      how: `node dist/electron/cli.cjs <sample> --pdf, median of ${cold.cli.length}; adds model YAML load + engine to the above`,
    },
    {
      what: 'PDF report file size',
      figure: kb(warm.bytes),
      unit: 'KB',
      budget: { op: '<', value: 300 },
      how: `${warm.pages} pages, Noto Sans SC Regular + Bold TrueType subsets`,
    },
    {
      what: 'PDF report pages',
      figure: warm.pages,
      unit: 'pages',
      budget: { op: '>=', value: 10 },
      how: 'sample bundle, zh-CN',
    },
    {
      what: 'baseline: Chromium print-to-PDF warm',
      figure: med(base.warm),
      unit: 'ms',
      how: `same content as HTML, browser running: load + page.pdf, median of ${base.warm.length}; ${base.pages} pages, ${kb(base.bytes)} KB; cold (launch+print+close) ${med(base.cold).toFixed(0)} ms`,
    },
    {
      what: 'pdfkit speed-up over Chromium (warm)',
      figure: Math.round((med(base.warm) / med(warm.total)) * 10) / 10,
      unit: 'x',
      budget: { op: '>=', value: 2 },
      how: 'docs/architecture.md §6: pdfkit ≥ 2× faster warm',
    },
    {
      what: 'pdfkit file size ÷ Chromium file size',
      figure: Math.round((warm.bytes / base.bytes) * 100) / 100,
      unit: 'x',
      budget: { op: '<', value: 1 },
      how: `docs/architecture.md §6: pdfkit's PDF smaller than the baseline's (${kb(warm.bytes)} KB vs ${kb(base.bytes)} KB)`,
    },
  ];
}
