import type { Font } from 'fontkit';
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
  const em = font.layout(text).advanceWidth / font.unitsPerEm;
  table.set(text, em);
  return em;
}

export interface RegisteredFont {
  /** the name the font is registered under in pdfkit: its PostScript name (see report.ts) */
  readonly name: string;
  readonly font: Font;
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
    return this.doc.font(this.fonts[font].name).fontSize(size);
  }

  width(text: string, font: FontName, size: number): number {
    return advanceEm(this.fonts[font].font, text) * size;
  }

  /** A measure function for breakLines() in one font and size. */
  for(font: FontName, size: number): (text: string) => number {
    const f = this.fonts[font].font;
    return (text) => advanceEm(f, text) * size;
  }
}
