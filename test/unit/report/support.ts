import type { AnswerValue } from '../../../assessments/engine/answer';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseBundle } from '../../../electron/services/bundle';
import { createModelRegistry } from '../../../electron/services/catalog/models';
import { createPolicyCatalogService } from '../../../electron/services/catalog/policies';
import { gatherReportInput } from '../../../electron/services/report/gather';
import { buildReportModel } from '../../../electron/services/report/model/build';
import type { ReportInput } from '../../../electron/services/report/model/input';
import type { ReportLanguage, ReportModel } from '../../../electron/services/report/model/schema';
import { inProcessRenderer } from '../../../electron/services/report/renderer';

export const SAMPLE = path.resolve('test/fixtures/sample-bundle.sfdx');
export const OUT_DIR = path.resolve('test-results/report');
/** A fixed evaluation day, so validity windows and the report id do not move with the clock. */
export const NOW = new Date('2025-11-21T02:00:00.000Z');

export const models = createModelRegistry();
export const policies = createPolicyCatalogService();

export function sampleBundle() {
  return parseBundle(readFileSync(SAMPLE), { isKnownModel: (id, v) => models.isKnown(id, v) });
}

/**
 * The sample with some answers set (replaced or added) before the diagnosis is computed, so the
 * levels and tiers follow from them.
 */
export function sampleInputWith(values: Readonly<Record<string, AnswerValue>>): ReportInput {
  return sampleInput('zh-CN', values);
}

export function sampleInput(
  language: ReportLanguage = 'zh-CN',
  values: Readonly<Record<string, AnswerValue>> = {},
): ReportInput {
  const { enterprise, doc: stored } = sampleBundle();
  const template = stored.answers[0]!;
  const kept = stored.answers.filter((a) => !(a.itemId in values));
  const added = Object.entries(values).map(([itemId, value]) => ({ ...template, itemId, value, note: '' }));
  const doc = Object.keys(values).length === 0 ? stored : { ...stored, answers: [...kept, ...added] };
  return gatherReportInput({
    profile: enterprise.profile,
    doc,
    models,
    policies,
    language,
    app: { name: '智造自诊', version: 'test' },
    now: NOW,
    reportId: `SFD-20251121-TEST${language.toUpperCase().replace('-', '')}`,
  });
}

export interface SamplePdf {
  readonly model: ReportModel;
  readonly input: ReportInput;
  readonly file: string;
  readonly pages: number;
  readonly bytes: number;
}

/** Renders the sample report in-process and writes it under test-results/report/. */
export async function samplePdf(language: ReportLanguage): Promise<SamplePdf> {
  const input = sampleInput(language);
  const model = buildReportModel(input);
  const report = await inProcessRenderer().render(model);
  mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `sample-${language}.pdf`);
  writeFileSync(file, report.bytes);
  return { model, input, file, pages: report.pages, bytes: report.bytes.length };
}

export function poppler(
  tool: 'pdftotext' | 'pdffonts' | 'pdfinfo' | 'pdftoppm',
  args: readonly string[],
): string {
  return execFileSync(`/usr/bin/${tool}`, [...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Whole-document text, whitespace removed: pdftotext puts spaces and breaks between CJK runs. */
export function compactText(file: string, first?: number, last?: number): string {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return poppler('pdftotext', ['-enc', 'UTF-8', ...range, file, '-']).replace(/\s+/g, '');
}

/**
 * The whole text in drawing order with whitespace removed: unlike compactText, side-by-side columns
 * (the signature page) are not interleaved line by line, so a name wrapped in its column stays whole.
 */
export function streamText(file: string): string {
  return poppler('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']).replace(/\s+/g, '');
}

/** Every text line as poppler reads it (one per drawn line within a column), from -bbox-layout. */
export function textLines(file: string): string[] {
  const html = poppler('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-']);
  const lines: string[] = [];
  for (const m of html.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)) {
    const words = [...m[1]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1]!));
    lines.push(words.join(''));
  }
  return lines;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
