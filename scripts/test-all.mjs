// `npm test`: typecheck + lint + build + unit (vitest, Node) + e2e (Playwright, Debian Chromium),
// then one closing line "N passed, N failed, N skipped" over both runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const UNIT_JSON = 'test-results/unit-results.json';
const E2E_JSON = 'test-results/e2e-results.json';

function run(title, command, args) {
  console.log(`\n── ${title} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  console.log(
    `── ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return result.status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

function unitCounts() {
  const report = readJson(UNIT_JSON);
  if (!report) return { passed: 0, failed: 1, skipped: 0, notes: ['unit results missing'] };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    notes: [],
  };
}

function e2eCounts() {
  const report = readJson(E2E_JSON);
  if (!report) return { passed: 0, failed: 1, skipped: 0, notes: ['e2e results missing'] };
  const notes = [];
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const reason = test.annotations?.find((a) => a.type === 'skip')?.description ?? 'no reason given';
        notes.push(`skipped: ${spec.title} — ${reason}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  const s = report.stats ?? {};
  return {
    passed: s.expected ?? 0,
    failed: (s.unexpected ?? 0) + (s.flaky ?? 0),
    skipped: s.skipped ?? 0,
    notes,
  };
}

mkdirSync('test-results', { recursive: true });
rmSync(UNIT_JSON, { force: true });
rmSync(E2E_JSON, { force: true });

const npx = 'npx';
const gates = [
  run('typecheck', 'npm', ['run', '--silent', 'typecheck']),
  run('lint', 'npm', ['run', '--silent', 'lint']),
  run('build', 'npm', ['run', '--silent', 'build']),
];
run('unit tests (vitest)', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${UNIT_JSON}`,
]);
run('e2e tests (Playwright, Chromium)', npx, ['playwright', 'test', '--config', 'test/playwright.config.ts']);
// benchmarks never fail a build on their figures, but the bench itself must run
gates.push(
  run('bench, quick mode (proves `npm run bench` works)', 'node', [
    'scripts/run-ts.mjs',
    'test/bench/run.ts',
    '--quick',
  ]),
);

const unit = unitCounts();
const e2e = e2eCounts();
for (const note of [...unit.notes, ...e2e.notes]) console.log(note);
console.log(`unit: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
const failedGates = gates.filter((ok) => !ok).length;
const failed = unit.failed + e2e.failed + failedGates;
console.log(`${unit.passed + e2e.passed} passed, ${failed} failed, ${unit.skipped + e2e.skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
