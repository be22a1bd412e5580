import { describe, expect, it } from 'vitest';
import { buildRadarOption } from '../../../assessments/charts/radar';
import { fontFilesFor } from '../../../electron/services/report/font-files';
import { loadFonts } from '../../../electron/services/report/fonts';
import { renderChartSvg } from '../../../electron/services/report/render/chart';
import { sampleInput } from './support';

/**
 * chart.ts registers only the ECharts parts the radar option uses (echarts/core): a part left
 * unregistered is dropped silently, so the drawn SVG is checked for every element a reader sees.
 */
describe('the report radar drawn through echarts/core', () => {
  const font = loadFonts('sc', fontFilesFor('sc')).regular;
  const diagnosis = sampleInput('zh-CN').diagnosis;
  const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

  it('draws the five axis names and the assessment as a filled polygon', () => {
    const svg = renderChartSvg(buildRadarOption({ diagnosis }), 290, 250, font);
    expect(texts(svg)).toEqual(
      expect.arrayContaining(['工厂建设', '研发设计', '生产作业', '生产管理', '运营管理']),
    );
    expect(svg).toMatch(/<path[^>]*fill="#1f4e79"/);
  });

  it('with a comparison, draws the legend with both series names', () => {
    const option = buildRadarOption({
      diagnosis,
      compare: { diagnosis, seriesName: '上次评估' },
    });
    const svg = renderChartSvg(option, 290, 250, font);
    expect(texts(svg)).toEqual(expect.arrayContaining(['本次诊断', '上次评估']));
  });
});
