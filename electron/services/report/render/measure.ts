import type { Font } from 'fontkit';
import { shareLayouts } from './shared-layouts';
import type { FontName } from './theme';

/** Advance widths in em, per font and text, shared by every document of the process. */
const advances = new Map<Font, Map<string, number>>();
const MAX_ENTRIES = 50_000;

function advanceEm(font: Font, text: string): number {
  let table = advances.get(font);
  if (!table) {
    table = new Map();
    advances.set(font, table);
  }
  const cached = table.get(text);
  if (cached !== undefined) return cached;
  if (table.size >= MAX_ENTRIES) table.clear();
  // one code point (most CJK segments): the glyph's advance, without running the shaper
  const single = text.length <= 2 && [...text].length === 1;
  const units = single
    ? font.glyphForCodePoint(text.codePointAt(0)!).advanceWidth
    : font.layout(text).advanceWidth;
  const em = units / font.unitsPerEm;
  table.set(text, em);
  return em;
}

export interface RegisteredFont {
  /** the name the font is registered under in pdfkit: its PostScript name (see report.ts) */
  readonly name: string;
  readonly font: Font;
  /** drawn for characters `font` has no glyph for (zh-TW: Noto Sans SC) */
  readonly fallback?: { readonly name: string; readonly font: Font } | undefined;
}

export interface Run {
  readonly text: string;
  /** the registered name to draw it with */
  readonly name: string;
  readonly font: Font;
}

const coverage = new Map<Font, Map<number, boolean>>();

function covers(font: Font, cp: number): boolean {
  let table = coverage.get(font);
  if (!table) {
    table = new Map();
    coverage.set(font, table);
  }
  let has = table.get(cp);
  if (has === undefined) {
    has = font.hasGlyphForCodePoint(cp);
    table.set(cp, has);
  }
  return has;
}

/** Splits text into runs of the primary font and of the fallback, by glyph coverage. */
export function fontRuns(text: string, f: RegisteredFont): Run[] {
  if (!f.fallback) return [{ text, name: f.name, font: f.font }];
  const runs: Run[] = [];
  for (const ch of text) {
    const own = ch === ' ' || covers(f.font, ch.codePointAt(0)!);
    const target = own ? { name: f.name, font: f.font } : f.fallback;
    const last = runs[runs.length - 1];
    if (last && last.name === target.name) runs[runs.length - 1] = { ...last, text: last.text + ch };
    else runs.push({ text: ch, ...target });
  }
  return runs;
}

/**
 * Text widths straight from fontkit (the same shaping pdfkit uses), cached per process. The line
 * breaker asks for the width of every segment, mostly single ideographs, so after the first
 * report almost every lookup is a cache hit and no pdfkit font switch is needed to measure.
 */
export class Measurer {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly fonts: Readonly<Record<FontName, RegisteredFont>>,
  ) {}

  /** Selects a font and size on the document. */
  use(font: FontName, size: number): PDFKit.PDFDocument {
    return this.font(this.fonts[font].name).fontSize(size);
  }

  /** Selects a registered font by name, with the process-wide layout cache. */
  font(name: string): PDFKit.PDFDocument {
    shareLayouts(this.doc.font(name));
    return this.doc;
  }

  width(text: string, font: FontName, size: number): number {
    const f = this.fonts[font];
    if (!f.fallback) return advanceEm(f.font, text) * size;
    return fontRuns(text, f).reduce((w, run) => w + advanceEm(run.font, run.text), 0) * size;
  }

  runs(text: string, font: FontName): Run[] {
    return fontRuns(text, this.fonts[font]);
  }

  /** Names the actual font (and fallback) behind a role: the same role differs between scripts. */
  identity(font: FontName): string {
    const f = this.fonts[font];
    return f.fallback ? `${f.name}+${f.fallback.name}` : f.name;
  }

  /** A measure function for breakLines() in one font and size. */
  for(font: FontName, size: number): (text: string) => number {
    const f = this.fonts[font];
    if (!f.fallback) return (text) => advanceEm(f.font, text) * size;
    return (text) => this.width(text, font, size);
  }
}
