import { RadarChart as Radar } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { buildRadarOption, fitRadarToBox, radarAxes } from '../../../assessments/charts/radar';
import type { DiagnosisResult } from '@engine/diagnosis/schema';
import { DIMENSIONS, type DimensionId } from '@engine/dimensions';
import { isLanguage } from '../i18n';

// Only what the radar needs: tree-shaken ECharts, SVG so text stays crisp at any zoom.
echarts.use([Radar, TooltipComponent, LegendComponent, SVGRenderer]);

/** Draws the option with its radius fitted to the element's size, so no axis name is cut. */
function draw(chart: echarts.ECharts, el: HTMLElement, optionKey: string): void {
  const option = JSON.parse(optionKey) as EChartsOption;
  chart.setOption(fitRadarToBox(option, { width: el.clientWidth, height: el.clientHeight }), true);
}

interface Props {
  readonly diagnosis: DiagnosisResult;
  /** drawn dashed beside it: the what-if result or an earlier assessment */
  readonly compare?: { diagnosis: DiagnosisResult; name: string } | undefined;
  readonly height?: number;
  /** legend name of `diagnosis` (default: this assessment) */
  readonly name?: string | undefined;
}

/** The five-dimension radar; the option comes from the same builder the PDF report uses. */
export function RadarChart({ diagnosis, compare, height = 300, name }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const labels = Object.fromEntries(DIMENSIONS.map((d) => [d, t(`dimensions.${d}`)])) as Record<
    DimensionId,
    string
  >;
  const option = buildRadarOption({
    diagnosis,
    language,
    dimensionLabels: labels,
    seriesName: name ?? t('results.radarSeries'),
    compare: compare ? { diagnosis: compare.diagnosis, seriesName: compare.name } : undefined,
  });

  const chartRef = useRef<echarts.ECharts | undefined>(undefined);
  const optionKey = JSON.stringify(option);
  const optionRef = useRef(optionKey);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, null, { renderer: 'svg' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => {
      chart.resize();
      draw(chart, el, optionRef.current);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = undefined;
    };
  }, []);
  useEffect(() => {
    optionRef.current = optionKey;
    if (chartRef.current && ref.current) draw(chartRef.current, ref.current, optionKey);
  }, [optionKey]);

  // the chart is a picture: its numbers are also given as text for screen readers
  const summary = radarAxes(diagnosis, language, labels)
    .map((a) => `${a.label} ${a.score ?? '—'}`)
    .join('，');
  return (
    <div
      ref={ref}
      role="img"
      className="radar-chart"
      aria-label={t('results.radarLabel', { summary })}
      style={{ width: '100%', height }}
    />
  );
}
