import type { Font } from 'fontkit';
import { printableText } from '../../../../assessments/presentation/printable';
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

/**
 * The model with every character the embedded fonts cannot draw replaced by a readable stand-in
 * (an emoji in a note prints "[表情]", not an empty box). Drawable = the primary font or its
 * fallback has the glyph.
 */
export function printableModel(model: ReportModel, fonts: readonly Font[]): ReportModel {
  const cache = new Map<number, boolean>();
  const drawable = (cp: number): boolean => {
    let has = cache.get(cp);
    if (has === undefined) {
      has = fonts.some((font) => font.hasGlyphForCodePoint(cp));
      cache.set(cp, has);
    }
    return has;
  };
  const language = model.language === 'en' ? 'en' : 'zh';
  return mapStrings(model as unknown as Json, (s) =>
    printableText(s, drawable, language),
  ) as unknown as ReportModel;
}
