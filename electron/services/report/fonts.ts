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

const kept = new WeakSet<object>();

/** Decodes the glyph's outline data once; later calls return the same (never modified) object. */
function keepDecoded(glyph: fontkit.Glyph | null): void {
  if (!glyph || kept.has(glyph)) return;
  kept.add(glyph);
  const g = glyph as unknown as GlyphInternals;
  const decode = g._decode?.bind(glyph);
  if (!decode) return;
  let decoded: { value: unknown } | undefined;
  g._decode = () => (decoded ??= { value: decode() }).value;
}

/**
 * The font, with each glyph's outline data decoded once per process. pdfkit embeds a subset of
 * the font in every report, and fontkit's subsetter decodes every glyph it copies (to find
 * composite glyphs) each time: most of the embedding cost, for data that never changes.
 * fontkit keeps one glyph object per id per font, so the decoded data lives as long as the font.
 * Fonts with variations re-derive outlines per instance and are left alone.
 */
export function withDecodedGlyphsKept(font: fontkit.Font): fontkit.Font {
  if ((font as unknown as { _variationProcessor?: unknown })._variationProcessor) return font;
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    keepDecoded(glyph);
    return glyph;
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
