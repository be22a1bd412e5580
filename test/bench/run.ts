/**
 * `npm run bench`: every budget of docs/architecture.md §6 measured and printed as one table, and written
 * to bench-results.json. `--quick` (run once by `npm test`) uses tiny sizes to prove it works;
 * its figures mean nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchAutosave } from './autosave';
import { benchBundleImport } from './bundle-import';
import { initialBundleGzipKB } from './bundle-size';
import { benchEngine } from './engine';
import { benchListSearch } from './list-search';
import { benchPortfolio } from './portfolio';
import { benchQuestions } from './questions';
import { reportBenchRows } from './report';
import { percentile, passes, renderTable, type BenchRow } from './table';
import { benchWebFcp } from './web-fcp';

const quick = process.argv.includes('--quick');
const ROOT = process.cwd();
// git-ignored, so absent on a fresh clone; the autosave bench and the quick results live there
const RESULTS_DIR = path.join(ROOT, 'test-results');
const stats = (times: readonly number[]) =>
  `n=${times.length}, median ${percentile(times, 50).toFixed(2)}, p99 ${percentile(times, 99).toFixed(2)} ms`;

async function autosaveRows(): Promise<BenchRow[]> {
  const r = await benchAutosave({ answers: quick ? 100 : 2000, dir: RESULTS_DIR });
  return [
    {
      what: 'answer autosave p99 (synchronous=FULL)',
      figure: r.p99,
      unit: 'ms',
      budget: { op: '<', value: 5 },
      how: `store call to COMMIT, n=${r.n}, p50 ${r.p50.toFixed(2)} ms, data folder on the work disk`,
    },
  ];
}

async function engineRows(): Promise<BenchRow[]> {
  const r = await benchEngine(quick ? 20 : 1000, quick ? 5 : 200);
  return [
    {
      what: 'scoring + tier + gaps + lift + recommendations',
      figure: percentile(r.withRecommendations, 50),
      unit: 'ms',
      budget: { op: '<', value: 5 },
      how: `fully answered assessment, ${r.sizes.packs} packs, ${r.sizes.measures} measures, ${r.sizes.scenarios} scenarios: ${stats(r.withRecommendations)}; diagnose alone ${stats(r.diagnose)}`,
    },
    {
      what: 'subsidy catalog evaluation + scenario ranking',
      figure: percentile(r.catalogWithScenarios, 50),
      unit: 'ms',
      budget: { op: '<', value: 5 },
      how: `every measure of the catalog with a 3-item plan and a planned certification, coverage, then all scenarios ranked on that one evaluation: ${stats(r.catalogWithScenarios)}`,
    },
  ];
}

async function listRows(): Promise<BenchRow[]> {
  const r = await benchListSearch(quick ? 20 : 2000, 5, quick ? 5 : 50);
  const worst = [r.listEnterprises, r.searchByName, r.searchByCreditCode, r.listAssessments].map((t) =>
    percentile(t, 50),
  );
  return [
    {
      what: `list + search, ${r.assessments} assessments`,
      figure: Math.max(...worst),
      unit: 'ms',
      budget: { op: '<', value: 20 },
      how: `slowest median of 4 calls via dispatch: list ${stats(r.listEnterprises)}; name ${stats(r.searchByName)}; code ${stats(r.searchByCreditCode)}; assessments ${stats(r.listAssessments)}`,
    },
    {
      what: `database size, ${r.assessments} assessments`,
      figure: r.dbMB,
      unit: 'MB',
      how: 'sfd.sqlite file size',
    },
  ];
}

async function portfolioRows(): Promise<BenchRow[]> {
  const r = await benchPortfolio(quick ? 20 : 2000, 5, quick ? 5 : 30);
  return [
    {
      what: `portfolio filter + sort, ${r.assessments} assessments`,
      figure: Math.max(percentile(r.filterSort, 50), percentile(r.search, 50)),
      unit: 'ms',
      budget: { op: '<', value: 50 },
      how: `portfolio.list via dispatch, digests cached: city+status+name sort ${stats(r.filterSort)}; search+subsidy sort ${stats(r.search)}; first call after a restart (digests read from the database) ${r.restartMs.toFixed(0)} ms; very first call (every digest computed and stored) ${r.coldMs.toFixed(0)} ms`,
    },
  ];
}

function bundleRows(): BenchRow[] {
  const r = initialBundleGzipKB(path.join(ROOT, 'dist', 'renderer'));
  return [
    {
      what: 'renderer initial bundle (gzip)',
      figure: r.kb,
      unit: 'KB',
      budget: { op: '<', value: 600 },
      how: `gzip -6 of ${r.files.length} files index.html loads: ${r.files.join(', ')}`,
    },
  ];
}

async function fcpRows(): Promise<BenchRow[]> {
  const times = await benchWebFcp(path.join(ROOT, 'dist', 'electron', 'web-shell.cjs'), quick ? 1 : 7);
  return [
    {
      what: 'web shell: process start → first contentful paint',
      figure: percentile(times, 50),
      unit: 'ms',
      budget: { op: '<', value: 1000 },
      how: `Chromium already running; spawn → paint entry, ${stats(times)}`,
    },
  ];
}

async function bundleImportRows(): Promise<BenchRow[]> {
  const { hostile, large } = await benchBundleImport(quick, path.join(ROOT, 'test-results'));
  return [
    {
      what: 'hostile bundle import, peak RSS',
      figure: hostile.maxRssMB,
      unit: 'MB',
      budget: { op: '<', value: 256 },
      how: `${hostile.bundleMB.toFixed(1)} MB bundle, 150 directory records overlapping one stored entry; child process maxRSS; ${hostile.result} in ${hostile.ms.toFixed(0)} ms`,
    },
    {
      what: 'bundle import, 300 MB of evidence, peak RSS',
      figure: large.maxRssMB,
      unit: 'MB',
      budget: { op: '<', value: 300 },
      how: `${large.bundleMB.toFixed(1)} MB bundle (6 incompressible files) read from its file into an empty data folder; child process maxRSS; ${large.result} in ${large.ms.toFixed(0)} ms`,
    },
  ];
}

/** Counts, the same in quick mode: the target is ≤ 100 questions for a typical 二级 SME. */
function questionRows(): BenchRow[] {
  return benchQuestions().map((w) => ({
    what: `questions asked: ${w.name}`,
    figure: w.asked,
    unit: 'questions',
    ...(w.cmmmLevel === 2 ? { budget: { op: '<=' as const, value: 100 } } : {}),
    how: `walkthrough simulated item by item, skipping as it goes; ${w.before} without skipping, ${w.profileHeld} from the profile not asked; CMMM level ${w.cmmmLevel ?? '—'}, tier ${w.tier ?? '—'}; result ${w.sameResult ? 'identical to' : 'DIFFERENT from'} the fully answered one`,
  }));
}

async function main(): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const rows: BenchRow[] = [
    ...questionRows(),
    ...(await autosaveRows()),
    ...(await engineRows()),
    ...(await listRows()),
    ...(await bundleImportRows()),
    ...(await portfolioRows()),
    ...bundleRows(),
    ...(await reportBenchRows(quick)),
    ...(await fcpRows()),
  ];
  console.log(renderTable(rows));
  const results = rows.map((row) => ({ ...row, pass: passes(row) }));
  const file = quick ? path.join(RESULTS_DIR, 'bench-quick.json') : path.join(ROOT, 'bench-results.json');
  writeFileSync(
    file,
    JSON.stringify({ quick, at: new Date().toISOString(), node: process.version, results }, null, 2),
  );
  console.log(
    `\n${quick ? 'quick mode (figures not meaningful); ' : ''}written to ${path.relative(ROOT, file)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
