import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
// types only: font-files.ts reaches the app's error type and with it zod, which the worker never loads
import type { FontFiles, FontScript } from './font-files';

/**
 * The report's fonts, parsed. Each file is parsed ONCE per process with fontkit and the parsed
 * object is what pdfkit gets: registered as a path or Buffer, pdfkit re-parses the 10 MB font for
 * every font switch and a report takes seconds instead of ~0.1 s.
 */

export interface FontPair {
  readonly script: FontScript;
  readonly regular: fontkit.Font;
  readonly bold: fontkit.Font;
  /**
   * zh-TW reports: Noto Sans SC for the characters Noto Sans TC lacks. The questionnaires and
   * policy texts are written in simplified Chinese, and TC has no glyph for many simplified
   * characters (数、设、产…), which would print as empty boxes.
   */
  readonly fallback?: { readonly regular: fontkit.Font; readonly bold: fontkit.Font } | undefined;
}

const parsed = new Map<string, fontkit.Font>();

function parseOnce(file: string): fontkit.Font {
  const key = path.resolve(file);
  let font = parsed.get(key);
  if (!font) {
    font = withDecodedGlyphsKept(withPlainCjkLayout(fontkit.create(readFileSync(key))));
    parsed.set(key, font);
  }
  return font;
}

/** Runs that need no OpenType shaping: ideographs, kana, full-width forms, CJK punctuation, digits, spaces. */
const PLAIN = /^[\u2000-\u206f\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef0-9 .,:%/()+\-–—·•]*$/;

/**
 * The parsed font, with layout() short-cut for runs of CJK text: each character maps to its glyph
 * and advance directly. Noto Sans SC/TC apply no default substitution or kerning to these (their
 * punctuation features halt/palt/vert are opt-in), so the output is the same glyphs at the same
 * positions, without running the shaper over every line: the shaper was most of the cost of a
 * report. Runs with Latin letters still go through fontkit's full layout (kerning, ligatures).
 */
export function withPlainCjkLayout(font: fontkit.Font): fontkit.Font {
  const fast = Object.create(font) as fontkit.Font & { layout: fontkit.Font['layout'] };
  const layout = font.layout.bind(font);
  fast.layout = ((text: string, ...rest: unknown[]) => {
    if (rest.some((r) => r !== undefined) || !PLAIN.test(text))
      return (layout as (...a: unknown[]) => fontkit.GlyphRun)(text, ...rest);
    const glyphs = [...text].map((ch) => font.glyphForCodePoint(ch.codePointAt(0)!));
    const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    return { glyphs, positions, advanceWidth: positions.reduce((w, p) => w + p.xAdvance, 0) };
  }) as fontkit.Font['layout'];
  return fast;
}

interface GlyphInternals {
  _decode?: () => unknown;
}

/** fontkit 2.0's TrueType internals this module reads (pinned version, see package.json). */
interface TrueTypeInternals {
  readonly loca?: { readonly offsets: readonly number[] };
  _getTableStream(tag: string): { pos: number; readInt16BE(): number } | null;
}

interface Subset {
  encode(...args: unknown[]): unknown;
}

/** Set while a subset is being encoded: the only time this process asks for a glyph's outline. */
let subsetting = 0;

/**
 * The number of contours a TrueType glyph record starts with (< 0: composite), read without
 * decoding its points; 0 for a glyph without outline; undefined when the font is not TrueType.
 */
function contoursOf(font: fontkit.Font, id: number): number | undefined {
  const f = font as unknown as TrueTypeInternals;
  const at = f.loca?.offsets[id];
  const next = f.loca?.offsets[id + 1];
  if (at === undefined || next === undefined) return undefined;
  if (at === next) return 0;
  const glyf = f._getTableStream('glyf');
  if (!glyf) return undefined;
  glyf.pos += at;
  return glyf.readInt16BE();
}

const kept = new WeakSet<object>();

/**
 * While a subset is encoded, a simple glyph's outline is not decoded: fontkit's subsetter decodes
 * every glyph it copies only to learn whether it is composite (numberOfContours < 0, then it needs
 * the components) and copies the glyph's bytes as they are. A composite glyph, or any other use of
 * the outline, gets the full decode, once, kept (never modified) for later calls.
 */
function keepDecoded(font: fontkit.Font, glyph: fontkit.Glyph | null): void {
  if (!glyph || kept.has(glyph)) return;
  kept.add(glyph);
  const g = glyph as unknown as GlyphInternals;
  const decode = g._decode?.bind(glyph);
  if (!decode) return;
  let decoded: { value: unknown } | undefined;
  g._decode = () => {
    if (decoded) return decoded.value;
    if (subsetting > 0) {
      const contours = contoursOf(font, glyph.id);
      if (contours !== undefined && contours >= 0) return { numberOfContours: contours };
    }
    decoded = { value: decode() };
    return decoded.value;
  };
}

/**
 * The font, with the outline decoding of pdfkit's font embedding cut to what it needs. pdfkit
 * embeds a subset of the font in every report, and decoding the outline of every glyph copied was
 * most of the embedding cost and a large part of a first report. fontkit keeps one glyph object
 * per id per font, so what is kept lives as long as the font.
 * Fonts with variations re-derive outlines per instance and are left alone.
 */
export function withDecodedGlyphsKept(font: fontkit.Font): fontkit.Font {
  if ((font as unknown as { _variationProcessor?: unknown })._variationProcessor) return font;
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    keepDecoded(font, glyph);
    return glyph;
  };
  const subsets = font as unknown as { createSubset(): Subset };
  const createSubset = subsets.createSubset.bind(font);
  subsets.createSubset = () => {
    const subset = createSubset();
    const encode = subset.encode.bind(subset);
    subset.encode = (...args: unknown[]) => {
      subsetting++;
      try {
        return encode(...args);
      } finally {
        subsetting--;
      }
    };
    return subset;
  };
  return font;
}

/** The parsed pair for a script (files from fontFilesFor); later calls return the same objects. */
export function loadFonts(script: FontScript, files: FontFiles): FontPair {
  const fallback = files.fallback && {
    regular: parseOnce(files.fallback.regular),
    bold: parseOnce(files.fallback.bold),
  };
  return { script, regular: parseOnce(files.regular), bold: parseOnce(files.bold), fallback };
}
