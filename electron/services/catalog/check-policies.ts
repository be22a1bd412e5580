import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { resourceLayout, resourcePath } from '../resources';
import { readCatalogFiles, type CatalogIssue } from './policy-files';

/**
 * Validates every policy and scenario catalog and verifies that each quoted sentence occurs
 * verbatim in the seed text it cites. The seed texts (the policy documents as published) are not part
 * of the repository: the check looks for a folder shared/seeds next to the checkout; without it only the
 * quote check is skipped, and the report says so.
 */

export interface QuoteRef {
  readonly catalogFile: string;
  /** where in the catalog file, e.g. measures.3.quote */
  readonly at: string;
  readonly seedFile: string;
  readonly quote: string;
}

export interface CatalogCheckReport {
  readonly ok: boolean;
  readonly catalogVersion: string | undefined;
  readonly documents: number;
  readonly measures: number;
  readonly scenarios: number;
  readonly benefitKinds: Record<string, number>;
  readonly issues: CatalogIssue[];
  readonly seedsDir: string;
  readonly seedsPresent: boolean;
  readonly quotesChecked: number;
  readonly quotesMissing: QuoteRef[];
}

export function defaultSeedsDir(): string {
  return path.resolve(resourceLayout().root, '..', 'shared', 'seeds');
}

/** Every `quote` / `titleOriginal` string in a parsed catalog file, with its path. */
function collectQuotes(raw: unknown, at: string, found: { at: string; quote: string }[]): void {
  if (Array.isArray(raw)) {
    raw.forEach((item, i) => collectQuotes(item, at ? `${at}.${i}` : String(i), found));
    return;
  }
  if (raw === null || typeof raw !== 'object') return;
  for (const [key, value] of Object.entries(raw)) {
    const here = at ? `${at}.${key}` : key;
    if ((key === 'quote' || key === 'titleOriginal') && typeof value === 'string')
      found.push({ at: here, quote: value });
    else collectQuotes(value, here, found);
  }
}

function quoteRefs(files: ReturnType<typeof readCatalogFiles>): QuoteRef[] {
  const refs: QuoteRef[] = [];
  for (const { file, doc, raw } of files.documents) {
    const found: { at: string; quote: string }[] = [];
    collectQuotes(raw, '', found);
    refs.push(...found.map((f) => ({ catalogFile: file, seedFile: doc.sourceFile, ...f })));
  }
  for (const { file, scenarios } of files.scenarioFiles) {
    scenarios.forEach((s, i) =>
      s.sources.forEach((src, j) =>
        refs.push({
          catalogFile: file,
          at: `scenarios.${i}.sources.${j}.quote`,
          seedFile: src.file,
          quote: src.quote,
        }),
      ),
    );
  }
  return refs;
}

export function checkCatalogs(
  seedsDir: string = defaultSeedsDir(),
  policiesDir: string = resourcePath('assessments', 'policies'),
  scenariosDir: string = resourcePath('assessments', 'scenarios'),
): CatalogCheckReport {
  const files = readCatalogFiles(policiesDir, scenariosDir);
  const measures = files.documents.flatMap((d) => d.doc.measures);
  const benefitKinds: Record<string, number> = {};
  for (const m of measures) benefitKinds[m.benefit.kind] = (benefitKinds[m.benefit.kind] ?? 0) + 1;

  const seedsPresent = existsSync(seedsDir);
  const refs = quoteRefs(files);
  const missing: QuoteRef[] = [];
  const issues = [...files.issues];
  if (seedsPresent) {
    const texts = new Map<string, string | undefined>();
    for (const ref of refs) {
      if (!texts.has(ref.seedFile)) {
        const seedPath = path.join(seedsDir, ref.seedFile);
        texts.set(ref.seedFile, existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : undefined);
      }
      const text = texts.get(ref.seedFile);
      if (text === undefined)
        issues.push({ file: ref.catalogFile, message: `${ref.at}：引用的原文文件不存在 ${ref.seedFile}` });
      else if (!text.includes(ref.quote)) missing.push(ref);
    }
  }
  return {
    ok: issues.length === 0 && missing.length === 0,
    catalogVersion: files.index?.catalogVersion,
    documents: files.documents.length,
    measures: measures.length,
    scenarios: files.scenarioFiles.reduce((n, f) => n + f.scenarios.length, 0),
    benefitKinds,
    issues,
    seedsDir,
    seedsPresent,
    quotesChecked: seedsPresent ? refs.length : 0,
    quotesMissing: missing,
  };
}

/** Lines for the console (npm run models:check). */
export function formatCatalogCheck(report: CatalogCheckReport): string[] {
  const kinds = Object.entries(report.benefitKinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const lines = [
    `policy catalog ${report.catalogVersion ?? '(no index)'}: ${report.documents} documents, ${report.measures} measures (${kinds}), ${report.scenarios} scenarios`,
  ];
  if (!report.seedsPresent) {
    lines.push(
      `QUOTE CHECK SKIPPED: seed texts not found at ${report.seedsDir} (CI keeps them beside the checkout)`,
    );
  } else {
    lines.push(
      `quotes: ${report.quotesChecked} checked against ${report.seedsDir}, ${report.quotesMissing.length} not found verbatim`,
    );
  }
  for (const q of report.quotesMissing)
    lines.push(`  ✗ ${q.catalogFile} ${q.at}: not in ${q.seedFile}: ${q.quote.slice(0, 60)}`);
  for (const i of report.issues) lines.push(`  ✗ ${i.file}: ${i.message}`);
  lines.push(report.ok ? 'policy catalog OK' : 'policy catalog INVALID');
  return lines;
}

/** The one call electron/models-check.ts makes: prints the report, returns whether it passed. */
export function runCatalogCheck(log: (line: string) => void = console.log): boolean {
  const report = checkCatalogs();
  for (const line of formatCatalogCheck(report)) log(line);
  return report.ok;
}
