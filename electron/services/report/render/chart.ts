// Only what the radar option uses (radar series with its radar coordinate system, legend, tooltip
// as on screen) and the SVG renderer: the programs' builds bundle these ES modules tree-shaken
// (scripts/bundled-packages.mjs), a third of the full build's load time in a cold report worker.
import { RadarChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Font } from 'fontkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { fitRadarToBox } from '../../../../assessments/charts/radar';
import { FONT, type FontName } from './theme';

/**
 * The radar chart as vectors: the option object the UI uses (assessments/charts/radar.ts),
 * rendered by ECharts' server-side SVG renderer and drawn into the PDF by svg-to-pdfkit. Text is
 * measured with the embedded font's real advance widths (zrender's SSR default guesses 1 em per
 * ideograph), and every font family in the SVG is mapped to the embedded CJK font.
 */
echarts.use([RadarChart, LegendComponent, TooltipComponent, SVGRenderer]);

let measuringWith: Font | undefined;

function useFontMetrics(font: Font): void {
  if (measuringWith === font) return;
  measuringWith = font;
  echarts.setPlatformAPI({
    measureText(text: string, cssFont?: string) {
      const px = Number(/(\d+(?:\.\d+)?)px/.exec(cssFont ?? '')?.[1] ?? 12);
      return { width: (font.layout(text).advanceWidth / font.unitsPerEm) * px };
    },
  });
}

/** ECharts option → SVG string of the given size (px = pt in the PDF, see assumePt below). */
export function renderChartSvg(
  option: Record<string, unknown>,
  width: number,
  height: number,
  font: Font,
): string {
  useFontMetrics(font);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    // without dispose() zrender's animation timer keeps the process alive
    chart.dispose();
  }
}

/** The radar of the summary page, its radius fitted so that no axis name leaves the figure. */
export function renderRadarSvg(
  option: Record<string, unknown>,
  width: number,
  height: number,
  font: Font,
): string {
  const measure = (text: string, px: number) => (font.layout(text).advanceWidth / font.unitsPerEm) * px;
  const fitted = fitRadarToBox(option, { width, height }, measure) as Record<string, unknown>;
  return renderChartSvg(fitted, width, height, font);
}

export function drawSvg(
  doc: PDFKit.PDFDocument,
  svg: string,
  box: { x: number; y: number; width: number; height: number },
  registered: Readonly<Record<FontName, string>>,
): void {
  const { x, y, width, height } = box;
  SVGtoPDF(doc, svg, x, y, {
    width,
    height,
    assumePt: true,
    fontCallback: (_family, bold) => registered[bold ? FONT.bold : FONT.regular],
  });
}
