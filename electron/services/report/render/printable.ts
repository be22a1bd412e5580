import type { Font } from 'fontkit';
import { latinQuotes, printableText } from '../../../../assessments/presentation/printable';
import type { ReportModel } from '../model/schema';

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

function mapStrings(value: Json, f: (s: string) => string): Json {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, f);
    return out;
  }
  return value;
}

/** ASCII, CJK punctuation, unified ideographs and full-width forms: drawn by both Noto Sans SC and TC+SC. */
const COMMON =
  /^[\n\x20-\x7e\u00b7\u2014\u2018-\u201a\u201c\u201d\u2026\u3000-\u3011\u4e00-\u9fa5\uff01-\uff5e]*$/;

/** Glyph coverage per font set, kept across reports (the fonts are parsed once per process). */
const caches = new Map<string, Map<number, boolean>>();
function cacheFor(fonts: readonly Font[]): Map<number, boolean> {
  const key = fonts.map((f) => f.postscriptName).join('|');
  let cache = caches.get(key);
  if (!cache) {
    cache = new Map();
    caches.set(key, cache);
  }
  return cache;
}

/**
 * The model with every character the embedded fonts cannot draw replaced by a readable stand-in
 * (an emoji in a note prints "[表情]", not an empty box). Drawable = the primary font or its
 * fallback has the glyph.
 */
export function printableModel(model: ReportModel, fonts: readonly Font[]): ReportModel {
  const cache = cacheFor(fonts);
  const drawable = (cp: number): boolean => {
    let has = cache.get(cp);
    if (has === undefined) {
      has = fonts.some((font) => font.hasGlyphForCodePoint(cp));
      cache.set(cp, has);
    }
    return has;
  };
  const language = model.language === 'en' ? 'en' : 'zh';
  const draw = (s: string) => (COMMON.test(s) ? s : printableText(s, drawable, language));
  const fix = language === 'en' ? (s: string) => draw(latinQuotes(s)) : draw;
  const map = <T>(value: T): T => mapStrings(value as unknown as Json, fix) as unknown as T;
  // the chart's option holds only catalog text (axis names); walking its data costs more than the rest
  const { radar, ...summary } = model.summary;
  return {
    ...model,
    meta: map(model.meta),
    cover: map(model.cover),
    labels: map(model.labels),
    summary: { ...map(summary), radar },
    sections: map(model.sections),
  };
}
