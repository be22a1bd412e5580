import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { AppError } from '../../api/errors';
import { resourcePath } from '../resources';

/**
 * The report's CJK fonts: Noto Sans SC (zh-CN, en) or Noto Sans TC (zh-TW), Regular and Bold,
 * TrueType (smaller subsets than CFF). Each file is parsed ONCE per process with fontkit and the
 * parsed object is what pdfkit gets: registered as a path or Buffer, pdfkit re-parses the 10 MB
 * font for every font switch and a report takes seconds instead of ~0.1 s (research/pdf.md §1.4).
 */

export type FontScript = 'sc' | 'tc';
export type FontWeight = 'regular' | 'bold';

const WEIGHT_DIR: Record<FontWeight, string> = { regular: '400Regular', bold: '700Bold' };

/** File name as shipped by @expo-google-fonts, e.g. NotoSansSC_400Regular.ttf. */
export function fontFileName(script: FontScript, weight: FontWeight): string {
  return `NotoSans${script.toUpperCase()}_${WEIGHT_DIR[weight]}.ttf`;
}

/**
 * Where a font file can be: the packaged app's <resources>/app-resources/fonts/ (the packaging
 * step copies the four TTFs there), else the npm package in node_modules (dev, CLI, tests).
 */
export function fontCandidates(script: FontScript, weight: FontWeight, at = resourcePath): string[] {
  const file = fontFileName(script, weight);
  return [
    at('fonts', file),
    at('node_modules', '@expo-google-fonts', `noto-sans-${script}`, WEIGHT_DIR[weight], file),
  ];
}

/** The one lookup every caller uses: the first candidate that exists, or a clear error. */
export function locateFont(script: FontScript, weight: FontWeight, at = resourcePath): string {
  const candidates = fontCandidates(script, weight, at);
  const found = candidates.find((file) => existsSync(file));
  if (!found) {
    throw new AppError(
      'internal',
      `找不到报告字体 ${fontFileName(script, weight)}（程序文件不完整，请重新安装）`,
      {
        candidates,
      },
    );
  }
  return found;
}

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

export interface FontFiles {
  readonly regular: string;
  readonly bold: string;
  readonly fallback?: { readonly regular: string; readonly bold: string } | undefined;
}

export function fontFilesFor(script: FontScript): FontFiles {
  const pair = (s: FontScript) => ({ regular: locateFont(s, 'regular'), bold: locateFont(s, 'bold') });
  return script === 'tc' ? { ...pair('tc'), fallback: pair('sc') } : pair('sc');
}

const parsed = new Map<string, fontkit.Font>();

function parseOnce(file: string): fontkit.Font {
  const key = path.resolve(file);
  let font = parsed.get(key);
  if (!font) {
    font = withPlainCjkLayout(fontkit.create(readFileSync(key)));
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

/** The parsed pair for a script; later calls return the same objects. */
export function loadFonts(script: FontScript, files: FontFiles = fontFilesFor(script)): FontPair {
  const fallback = files.fallback && {
    regular: parseOnce(files.fallback.regular),
    bold: parseOnce(files.fallback.bold),
  };
  return { script, regular: parseOnce(files.regular), bold: parseOnce(files.bold), fallback };
}

export function scriptFor(language: 'zh-CN' | 'en' | 'zh-TW'): FontScript {
  return language === 'zh-TW' ? 'tc' : 'sc';
}
