import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIMENSION_NAMES } from '../../../assessments/engine/dimensions';
import { NO_LINE_END, NO_LINE_START } from '../../../electron/services/report/text/linebreak';
import { OUT_DIR, compactText, poppler, samplePdf, textLines, type SamplePdf } from './support';
import { REGION_CONDITION } from '../../../assessments/engine/policy/result';

let zh: SamplePdf;

beforeAll(async () => {
  zh = await samplePdf('zh-CN');
}, 60_000);

describe('the zh-CN PDF report of the sample bundle (text extracted with poppler)', () => {
  it('names the enterprise, its credit code, the tier reached and the report id', () => {
    const cover = compactText(zh.file, 1);
    const profile = zh.input.enterprise.profile;
    expect(cover).toContain(profile.name);
    expect(cover).toContain(profile.creditCode);
    expect(cover).toContain(zh.model.meta.reportId);
    // 先进级: see sample-literal.test.ts for why the sample reaches it
    expect(compactText(zh.file, 3)).toContain('预估可达先进级');
  });

  it('shows every 要素条件 dimension by name, with its own TOC line', () => {
    const text = compactText(zh.file);
    const toc = compactText(zh.file, 2);
    for (const name of Object.values(DIMENSION_NAMES)) {
      expect(text).toContain(name.zh);
      expect(toc).toContain(name.zh);
    }
  });

  it('lists at least one subsidy with its issuing document number', () => {
    const text = compactText(zh.file);
    const withNumber = zh.input.evaluation.measures.filter(
      (m) => m.citation.documentNumber && !m.failed.some((f) => f.condition === REGION_CONDITION),
    );
    expect(withNumber.length).toBeGreaterThan(0);
    expect(text).toContain(withNumber[0]!.name.replace(/\s+/g, ''));
    expect(text).toContain('粤办函〔2025〕265号');
  });

  it('numbers every page but the cover "第 N 页 / 共 M 页", with M the real page count', () => {
    expect(zh.pages).toBeGreaterThanOrEqual(10);
    expect(zh.pages).toBeLessThanOrEqual(60);
    expect(compactText(zh.file, 1)).not.toMatch(/第\d+页\/共/);
    for (const n of [2, 3, Math.floor(zh.pages / 2), zh.pages]) {
      expect(compactText(zh.file, n)).toContain(`第${n}页/共${zh.pages}页`);
    }
  });

  it('gives the TOC real page numbers: each section title appears on the page the TOC names', () => {
    const toc = poppler('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '2', '-l', '2', zh.file, '-']);
    const entries = [...toc.matchAll(/^\s*(.+?)\s*\.*\s+(\d+)\s*$/gm)].map((m) => ({
      title: m[1]!.replace(/[\s.]+/g, ''),
      page: Number(m[2]),
    }));
    const sections = entries.filter((e) => /^[一二三四五]、/.test(e.title));
    expect(sections.length).toBe(5);
    for (const s of sections) expect(compactText(zh.file, s.page)).toContain(s.title);
  });

  it('keeps the punctuation rule on every extracted line', () => {
    const lines = textLines(zh.file).filter((l) => l.length > 1);
    expect(lines.length).toBeGreaterThan(500);
    const badStart = lines.filter((l) => NO_LINE_START.has([...l][0]!));
    const badEnd = lines.filter((l) => NO_LINE_END.has([...l].at(-1)!));
    expect(badStart).toEqual([]);
    expect(badEnd).toEqual([]);
  });

  it('embeds subsets of Noto Sans SC (TrueType, with ToUnicode) and no other font', () => {
    const rows = poppler('pdffonts', [zh.file]).trim().split('\n').slice(2);
    expect(rows.length).toBe(2);
    for (const row of rows) {
      expect(row).toMatch(
        /^[A-Z]{6}\+NotoSansSC-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/,
      );
    }
  });

  it('carries the document metadata, A4 pages and a size within budget', () => {
    const info = poppler('pdfinfo', [zh.file]);
    expect(info).toMatch(/Title:\s+智能制造诊断报告 — 东莞市/);
    expect(info).toMatch(/Subject:\s+.*自诊断报告/);
    expect(info).toMatch(/Author:\s+林晓东/);
    expect(info).toContain('595.28 x 841.89 pts (A4)');
    expect(zh.bytes).toBeLessThan(300 * 1024);
  });

  it('renders page 1 and the summary page to PNG for review', () => {
    for (const page of [1, 3]) {
      poppler('pdftoppm', [
        '-r',
        '80',
        '-png',
        '-singlefile',
        '-f',
        String(page),
        '-l',
        String(page),
        zh.file,
        `${OUT_DIR}/zh-CN-page-${page}`,
      ]);
    }
    for (const page of [1, 3]) {
      const png = readFileSync(`${OUT_DIR}/zh-CN-page-${page}.png`);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.length).toBeGreaterThan(20_000);
    }
  });
});

describe('other report languages', () => {
  it('writes the English report with English headings and the same page furniture', async () => {
    const en = await samplePdf('en');
    const text = compactText(en.file);
    expect(text).toContain('Executivesummary');
    expect(text).toContain(`Page2of${en.pages}`);
    for (const name of Object.values(DIMENSION_NAMES)) expect(text).toContain(name.en.replace(/\s+/g, ''));
  }, 60_000);

  it('writes the zh-TW report in Noto Sans TC, with Noto Sans SC only for characters TC lacks', async () => {
    const tw = await samplePdf('zh-TW');
    const text = compactText(tw.file);
    expect(text).toContain('診斷摘要');
    expect(text).toContain('營運管理');
    // the questionnaire's texts are converted to Traditional (Taiwan phrasing) ...
    expect(text).toContain('產品數字化設計');
    // ... while the enterprise's registered name keeps its script: characters Noto Sans TC lacks
    // are drawn with the SC fallback, never as boxes
    expect(text).toContain(tw.input.enterprise.profile.name);
    const fonts = poppler('pdffonts', [tw.file]);
    expect(fonts).toMatch(/NotoSansTC-Regular\s+CID TrueType/);
    expect(fonts).toMatch(/NotoSansSC-Regular\s+CID TrueType/);
  }, 60_000);
});
