import { describe, expect, it } from 'vitest';
import policies from '../../../assessments/i18n/content/en/policies.json';
import { hasChinese } from '../../../assessments/i18n/content/walk';
import { quotesIn } from '../../../assessments/i18n/verbatim';
import type { ReportInput } from '../../../electron/services/report/model/input';
import { without } from '../../helpers/script-check';
import { samplePdf, streamText } from '../report/support';

/**
 * Flipped to true once every content source is translated (REQUIRED_COMPLETE in
 * content-memory.test.ts lists them all) and the engine's composed texts (gap reasons, condition
 * reasons, warnings) come from catalogs: from then on any Chinese outside the exemptions fails.
 */
const ENGLISH_PDF_COMPLETE = true;

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Policy texts the engine still builds into Chinese sentences before any language is chosen (the
 * file that composes each). Not exemptions: they are to be moved to catalogs, and the test says
 * when one is fixed so it can be taken off this list.
 */
const COMPOSED_BY_ENGINE: Readonly<Record<string, string>> = {};

/**
 * What an English report keeps as written, and nothing else: policy quotes, document titles,
 * numbers and issuers; the names of the enterprise, the people and the app; what people typed
 * (contact, answer notes, evidence file names).
 */
function exemptions(input: ReportInput): string[] {
  const a = input.assessment;
  const documents = input.catalog.documents.flatMap((d) => [d.title, d.titleOriginal, d.number, d.issuer]);
  return [
    ...quotesIn(input.catalog),
    ...documents,
    ...citationsIn(input.questionnaire),
    input.enterprise.profile.name,
    input.enterprise.profile.contact,
    input.app.name,
    a.consultantName,
    a.consultantOrg,
    input.settings?.consultantName,
    input.settings?.organisation,
    ...a.answers.map((x) => x.note),
    ...a.evidence.map((e) => e.fileName),
  ]
    .filter((s): s is string => typeof s === 'string' && hasChinese(s))
    .map(squash);
}

/**
 * The questionnaire's citations (a source document and its article, often quoting it): printed as
 * the source writes them, like a document's title and number, so a reviewer can find the text.
 */
function citationsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const x of node) citationsIn(x, found);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'citation' && v && typeof v === 'object') {
        const c = v as { source?: unknown; ref?: unknown };
        for (const t of [c.source, c.ref]) if (typeof t === 'string') found.push(t);
      } else citationsIn(v, found);
    }
  }
  return found;
}

/** The Chinese passages of a text: each maximal stretch that starts and ends with a Chinese character. */
function chinesePassages(text: string): string[] {
  return [...new Set(text.match(/[\u3400-\u9fff][^A-Za-z]*[\u3400-\u9fff]|[\u3400-\u9fff]/gu) ?? [])];
}

describe('English report of the sample bundle', () => {
  it('shows no Chinese outside quotes, proper names, document titles and what people typed', async () => {
    const pdf = await samplePdf('en');
    const rest = without(streamText(pdf.file), exemptions(pdf.input));
    const passages = chinesePassages(rest);
    console.info(`English PDF: ${passages.length} Chinese passages outside the exemptions`);
    // the policy catalog's texts are in English already: none is printed in Chinese, except inside
    // the sentences the engine still composes in Chinese (listed above)
    const policyTexts = Object.keys(policies).filter((k) => squash(k).length >= 6);
    expect(policyTexts.filter((k) => rest.includes(squash(k)))).toEqual(Object.keys(COMPOSED_BY_ENGINE));
    // the region comes from the region data's English names
    expect(rest).toContain(squash('Region Songshan Lake, Dongguan, Guangdong'));
    if (ENGLISH_PDF_COMPLETE) expect(passages).toEqual([]);
  }, 180_000);

  it('draws apostrophes and quotes in English text with Latin glyphs, not one-em-wide CJK ones', async () => {
    const text = squash(streamText((await samplePdf('en')).file));
    expect(text).toContain("standard's");
    expect(text).not.toMatch(/[A-Za-z0-9][\u2018\u2019\u201d]|[\u2018\u2019\u201c][A-Za-z0-9]/);
  }, 180_000);
});
