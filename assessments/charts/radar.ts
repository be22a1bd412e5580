import type { EChartsOption, RadarSeriesOption } from 'echarts';
import type { DiagnosisResult, ModelResult } from '../engine/diagnosis/schema';
import { DIMENSIONS, DIMENSION_NAMES, type DimensionId } from '../engine/dimensions';

/**
 * The five-axis radar of the 要素条件 dimensions, as ONE ECharts option object shared by the
 * on-screen chart (renderer) and the PDF report (rendered server-side to SVG). Pure: no ECharts
 * runtime, no DOM — only the option's shape is imported as a type.
 */

export type RadarLanguage = 'zh-CN' | 'en' | 'zh-TW';

export interface RadarAxis {
  readonly dimension: DimensionId;
  readonly label: string;
  /** 0–100, rounded to one decimal (0 while nothing is answered); null when the dimension has nothing relevant */
  readonly score: number | null;
}

export interface RadarInput {
  readonly diagnosis: DiagnosisResult;
  readonly language?: RadarLanguage | undefined;
  /** overrides the built-in dimension names (zh-TW callers pass their own) */
  readonly dimensionLabels?: Partial<Record<DimensionId, string>> | undefined;
  /** series name shown in the legend and tooltip, e.g. "本次诊断" */
  readonly seriesName?: string | undefined;
  /** a second diagnosis drawn dashed beside the first (what-if, or the previous assessment) */
  readonly compare?: { readonly diagnosis: DiagnosisResult; readonly seriesName: string } | undefined;
  /** font family for every text element; the PDF maps it to the embedded CJK font */
  readonly fontFamily?: string | undefined;
  /** false for server-side rendering and print */
  readonly animation?: boolean | undefined;
}

/** Report palette: a sober navy for the assessment, grey for the comparison. */
export const RADAR_COLORS = { primary: '#1f4e79', compare: '#8c8c8c', split: '#d9d9d9', text: '#333333' };

function tiersModel(diagnosis: DiagnosisResult): ModelResult | undefined {
  return diagnosis.models.find((m) => m.kind === 'tiers');
}

function defaultLabel(dimension: DimensionId, language: RadarLanguage): string {
  const name = DIMENSION_NAMES[dimension];
  return language === 'en' ? name.en : name.zh;
}

/** Scores of the five dimensions, in the fixed DIMENSIONS order (the axis order of the chart). */
export function radarAxes(
  diagnosis: DiagnosisResult,
  language: RadarLanguage = 'zh-CN',
  labels: Partial<Record<DimensionId, string>> = {},
): RadarAxis[] {
  const nodes = tiersModel(diagnosis)?.nodes ?? [];
  return DIMENSIONS.map((dimension) => {
    const node =
      nodes.find((n) => n.dimension === dimension && n.parent === null) ??
      nodes.find((n) => n.dimension === dimension);
    const fraction = node?.fraction ?? null;
    return {
      dimension,
      label: labels[dimension] ?? defaultLabel(dimension, language),
      score: fraction === null ? null : Math.round(fraction * 1000) / 10,
    };
  });
}

/**
 * A long axis name in a spaced language broken into two lines at the space nearest its middle,
 * so it stays inside the chart at the 300 px the results screen gives it ("R&D and design" was cut
 * to "&D and design"). Names with their own line breaks, and Chinese names, are left as they are.
 */
export function wrapAxisName(name: string, maxChars = 12): string {
  if (name.length <= maxChars || name.includes('\n') || !name.includes(' ')) return name;
  const middle = name.length / 2;
  let best = -1;
  for (let i = name.indexOf(' '); i !== -1; i = name.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return `${name.slice(0, best)}\n${name.slice(best + 1)}`;
}

function seriesValues(axes: readonly RadarAxis[]): number[] {
  // ECharts cannot draw a gap on a radar; an unanswered dimension is drawn at the centre.
  return axes.map((a) => a.score ?? 0);
}

/** Builds the radar option; identical input gives an identical (deep-equal) option. */
export function buildRadarOption(input: RadarInput): EChartsOption {
  const language = input.language ?? 'zh-CN';
  const axes = radarAxes(input.diagnosis, language, input.dimensionLabels);
  const name =
    input.seriesName ??
    (language === 'en' ? 'This assessment' : language === 'zh-TW' ? '本次診斷' : '本次诊断');
  const textStyle = {
    color: RADAR_COLORS.text,
    ...(input.fontFamily ? { fontFamily: input.fontFamily } : {}),
  };
  const data: NonNullable<RadarSeriesOption['data']> = [
    {
      name,
      value: seriesValues(axes),
      symbol: 'circle',
      symbolSize: 5,
      lineStyle: { color: RADAR_COLORS.primary, width: 2 },
      itemStyle: { color: RADAR_COLORS.primary },
      areaStyle: { color: RADAR_COLORS.primary, opacity: 0.18 },
      label: { show: true, color: RADAR_COLORS.primary, fontSize: 11, formatter: '{c}' },
    },
  ];
  if (input.compare) {
    const other = radarAxes(input.compare.diagnosis, language, input.dimensionLabels);
    data.push({
      name: input.compare.seriesName,
      value: seriesValues(other),
      symbol: 'none',
      lineStyle: { color: RADAR_COLORS.compare, width: 1.5, type: 'dashed' },
      itemStyle: { color: RADAR_COLORS.compare },
    });
  }
  return {
    animation: input.animation ?? true,
    textStyle,
    color: [RADAR_COLORS.primary, RADAR_COLORS.compare],
    legend: input.compare
      ? { bottom: 0, data: [name, input.compare.seriesName], textStyle, itemWidth: 18, itemHeight: 8 }
      : { show: false },
    tooltip: { trigger: 'item' },
    radar: {
      center: ['50%', input.compare ? '48%' : '52%'],
      radius: language === 'en' ? '60%' : '66%',
      startAngle: 90,
      splitNumber: 5,
      shape: 'polygon',
      indicator: axes.map((a) => ({ name: wrapAxisName(a.label), max: 100, min: 0 })),
      axisName: {
        color: RADAR_COLORS.text,
        fontSize: 12,
        ...(input.fontFamily ? { fontFamily: input.fontFamily } : {}),
      },
      axisLine: { lineStyle: { color: RADAR_COLORS.split } },
      splitLine: { lineStyle: { color: RADAR_COLORS.split } },
      splitArea: { show: true, areaStyle: { color: ['#ffffff', '#f5f7fa'] } },
    },
    series: [{ type: 'radar', name, data }],
  };
}

/** Width in px of one line of text at a font size; the PDF passes its embedded font's metrics. */
export type MeasureText = (text: string, fontSize: number) => number;

const WIDE = /[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** Without a font at hand: ideographs and full-width forms 1 em, anything else a generous 0.62 em. */
export const estimateTextWidth: MeasureText = (text, fontSize) =>
  [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 1 : 0.62) * fontSize, 0);

/** ECharts' radar defaults the builder relies on: name gap and line height of the axis names. */
const NAME_GAP = 15;
const LINE = 1;
/** Clear space kept between a label and the chart's edge, and the legend's band at the bottom. */
const EDGE = 4;
const LEGEND_BAND = 24;
const MIN_RADIUS = 24;

function fraction(value: unknown, whole: number, fallback: number): number {
  if (typeof value === 'number') return value;
  const m = typeof value === 'string' ? /^([\d.]+)%$/.exec(value) : null;
  return m ? (Number(m[1]) / 100) * whole : fallback;
}

/** The largest distance from the centre to an axis name's anchor that keeps its box inside. */
function anchorLimit(
  angle: number,
  box: { readonly width: number; readonly height: number },
  cy: number,
  bottom: number,
  label: { readonly width: number; readonly height: number },
): number {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const limits: number[] = [];
  if (Math.abs(cos) > 0.01) limits.push((box.width / 2 - EDGE - label.width) / Math.abs(cos));
  // the top name sits above its anchor; the others are centred on theirs
  if (sin > 0.99) limits.push(cy - EDGE - label.height);
  else if (sin > 0.01) limits.push((cy - EDGE - label.height / 2) / sin);
  else if (sin < -0.01) limits.push((bottom - label.height / 2 - cy) / -sin);
  return Math.min(...limits);
}

/**
 * The radar option with its radius shrunk (never grown) so that every axis name fits inside a
 * chart of this size: a name is never cut at the chart's edge, in the PDF figure or a narrow
 * results column. Pure; the caller measures text (embedded font in the PDF, an estimate on screen).
 */
export function fitRadarToBox(
  option: EChartsOption,
  box: { readonly width: number; readonly height: number },
  measure: MeasureText = estimateTextWidth,
): EChartsOption {
  const radar = option.radar;
  if (!radar || Array.isArray(radar)) return option;
  const size = Number(radar.axisName?.fontSize ?? 12);
  const names = (radar.indicator ?? []).map((i) => String(i.name ?? '').split('\n'));
  const center = Array.isArray(radar.center) ? radar.center : ['50%', '50%'];
  const cy = fraction(center[1], box.height, box.height / 2);
  const whole = Math.min(box.width, box.height) / 2;
  const radius = fraction(Array.isArray(radar.radius) ? radar.radius[1] : radar.radius, whole, whole * 0.75);
  const hasLegend = Boolean(option.legend && !Array.isArray(option.legend) && option.legend.show !== false);
  const bottom = box.height - EDGE - (hasLegend ? LEGEND_BAND : 0);
  const start = (Number(radar.startAngle ?? 90) * Math.PI) / 180;
  const limit = Math.min(
    ...names.map((lines, i) =>
      anchorLimit(start + (2 * Math.PI * i) / names.length, box, cy, bottom, {
        width: Math.max(...lines.map((l) => measure(l, size))),
        height: lines.length * size * LINE,
      }),
    ),
  );
  const fitted = Math.max(MIN_RADIUS, Math.min(radius, limit - NAME_GAP));
  return { ...option, radar: { ...radar, radius: Math.floor(fitted) } };
}
