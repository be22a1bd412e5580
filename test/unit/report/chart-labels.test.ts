import { describe, expect, it } from 'vitest';
import type { Font } from 'fontkit';
import { buildRadarOption, fitRadarToBox, type RadarLanguage } from '../../../assessments/charts/radar';
import { DIMENSIONS } from '../../../assessments/engine/dimensions';
import { fontFilesFor, scriptFor } from '../../../electron/services/report/font-files';
import { loadFonts } from '../../../electron/services/report/fonts';
import { messagesFor } from '../../../electron/services/report/model/messages';
import { renderChartSvg, renderRadarSvg } from '../../../electron/services/report/render/chart';
import en from '../../../assessments/i18n/en.json';
import zhCN from '../../../assessments/i18n/zh-CN.json';
import zhTW from '../../../assessments/i18n/zh-TW.json';
import { sampleInput } from './support';

interface Box {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

/**
 * The box of every <text> in an ECharts SSR SVG, measured with the font the PDF embeds: anchor
 * (start/middle/end) and the central baseline give the box around the translate() point.
 */
function textBoxes(svg: string, font: Font): Box[] {
  const boxes: Box[] = [];
  for (const m of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const attrs = m[1]!;
    const text = unescape(m[2]!);
    const num = (re: RegExp) => Number(re.exec(attrs)?.[1] ?? 0);
    const size = num(/font-size:([\d.]+)px/);
    const [tx, ty] = (/translate\(([-\d.]+)[ ,]([-\d.]+)\)/.exec(attrs) ?? [0, '0', '0'])
      .slice(1)
      .map(Number);
    const x = tx! + num(/\sx="([-\d.]+)"/);
    const y = ty! + num(/\sy="([-\d.]+)"/);
    const width = (font.layout(text).advanceWidth / font.unitsPerEm) * size;
    const anchor = /text-anchor="(\w+)"/.exec(attrs)?.[1] ?? 'start';
    const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    const central = /dominant-baseline="central"/.test(attrs);
    const top = central ? y - size / 2 : y - size * 0.88;
    boxes.push({ text, left, right: left + width, top, bottom: top + size });
  }
  return boxes;
}

function outside(boxes: readonly Box[], width: number, height: number): string[] {
  return boxes
    .filter((b) => b.left < 0 || b.top < 0 || b.right > width || b.bottom > height)
    .map(
      (b) =>
        `${b.text} [${b.left.toFixed(1)}, ${b.top.toFixed(1)}, ${b.right.toFixed(1)}, ${b.bottom.toFixed(1)}]`,
    );
}

const UI_CATALOGS = { 'zh-CN': zhCN, en, 'zh-TW': zhTW } as const;

/** The results card's radar at 1366 px and in the narrowest column the grid gives it (lg, 992 px). */
const UI_SIZES = [
  { width: 380, height: 270 },
  { width: 230, height: 270 },
] as const;
const PDF = { width: 290, height: 250 } as const;

const LANGUAGES: readonly RadarLanguage[] = ['zh-CN', 'en', 'zh-TW'];
const COMPARE = (input: ReturnType<typeof sampleInput>) => [
  undefined,
  { diagnosis: input.diagnosis, seriesName: '上次评估 Previous assessment' },
];

describe('radar chart labels stay inside the chart (PDF and results screen)', () => {
  for (const language of LANGUAGES) {
    const input = sampleInput(language);
    const font = loadFonts(scriptFor(language), fontFilesFor(scriptFor(language))).regular;
    const report = messagesFor(language);
    const reportLabels = Object.fromEntries(DIMENSIONS.map((d) => [d, report[`dimension.${d}`]]));
    const uiLabels = Object.fromEntries(DIMENSIONS.map((d) => [d, UI_CATALOGS[language].dimensions[d]]));

    it(`${language}: the PDF figure (${PDF.width}×${PDF.height}), with and without a comparison`, () => {
      for (const compare of COMPARE(input)) {
        const option = buildRadarOption({
          diagnosis: input.diagnosis,
          language,
          dimensionLabels: reportLabels,
          compare,
        });
        const svg = renderRadarSvg(option as Record<string, unknown>, PDF.width, PDF.height, font);
        const boxes = textBoxes(svg, font);
        expect(boxes.length).toBeGreaterThanOrEqual(DIMENSIONS.length);
        expect(outside(boxes, PDF.width, PDF.height)).toEqual([]);
      }
    });

    for (const box of UI_SIZES) {
      it(`${language}: the results card (${box.width}×${box.height}), with and without a comparison`, () => {
        for (const compare of COMPARE(input)) {
          const option = buildRadarOption({
            diagnosis: input.diagnosis,
            language,
            dimensionLabels: uiLabels,
            compare,
          });
          // the screen fits with the estimate (it has no font file); drawn here with the real glyph widths
          const svg = renderChartSvg(
            fitRadarToBox(option, box) as Record<string, unknown>,
            box.width,
            box.height,
            font,
          );
          expect(outside(textBoxes(svg, font), box.width, box.height)).toEqual([]);
        }
      });
    }
  }

  it('without the fit, the English PDF figure cut "operations" at its right edge', () => {
    const input = sampleInput('en');
    const font = loadFonts('sc', fontFilesFor('sc')).regular;
    const report = messagesFor('en');
    const dimensionLabels = Object.fromEntries(DIMENSIONS.map((d) => [d, report[`dimension.${d}`]]));
    const option = buildRadarOption({ diagnosis: input.diagnosis, language: 'en', dimensionLabels });
    const svg = renderChartSvg(option as Record<string, unknown>, PDF.width, PDF.height, font);
    expect(outside(textBoxes(svg, font), PDF.width, PDF.height).map((s) => s.split(' [')[0])).toEqual([
      'operations',
    ]);
  });
});
