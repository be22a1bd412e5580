import { breakLines } from '../text/linebreak';
import { justifySpacing } from '../text/justify';
import { Measurer, type RegisteredFont } from './measure';
import { COLOR, CONTENT, FONT, TYPE, type FontName } from './theme';

export type Align = 'left' | 'center' | 'right';

/**
 * Lines already broken, per font, size, width and text, shared by every report of the process:
 * a report made again (after an edit, in another format) breaks mostly the same texts. Widths come
 * from the font alone, so the same key always breaks the same way.
 */
const brokenLines = new Map<string, readonly string[]>();
const MAX_BROKEN = 20_000;

export interface LineStyle {
  readonly font: FontName;
  readonly size: number;
  readonly color: string;
}

export interface Heading {
  readonly level: 1 | 2;
  readonly title: string;
  readonly dest: string;
  /** 0-based page index */
  readonly page: number;
}

/**
 * The layout cursor over a pdfkit document: it owns `y`, starts pages, breaks and draws lines.
 * Every piece of text goes through breakLines() (kinsoku) and, for paragraphs, justifySpacing().
 * Pages are buffered (bufferPages) so headers, footers and the TOC are drawn at the end.
 */
export class Writer {
  y: number = CONTENT.top;
  readonly measure: Measurer;
  readonly headings: Heading[] = [];
  private outlineParent: PDFKit.PDFOutline | undefined;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    fonts: Readonly<Record<FontName, RegisteredFont>>,
  ) {
    this.measure = new Measurer(doc, fonts);
  }

  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = CONTENT.top;
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height > CONTENT.bottom) this.newPage();
  }

  lines(text: string, width: number, style: Pick<LineStyle, 'font' | 'size'>): string[] {
    const key = `${this.measure.identity(style.font)}|${style.size}|${width}|${text}`;
    let lines = brokenLines.get(key);
    if (!lines) {
      if (brokenLines.size >= MAX_BROKEN) brokenLines.clear();
      lines = breakLines(text, width, this.measure.for(style.font, style.size));
      brokenLines.set(key, lines);
    }
    return [...lines];
  }

  /**
   * The lines of a text, each with whether it ends a paragraph: the last line, or the line before a
   * hard break (a list of lines joined by "\n" is several paragraphs, none of them stretched).
   */
  paragraphLines(
    text: string,
    width: number,
    style: Pick<LineStyle, 'font' | 'size'>,
  ): { readonly text: string; readonly ends: boolean }[] {
    return text.split('\n').flatMap((part) => {
      const lines = this.lines(part, width, style);
      return lines.map((line, i) => ({ text: line, ends: i === lines.length - 1 }));
    });
  }

  /** Draws one line without pdfkit's wrapping; `spacing` is the CJK justification. */
  drawLine(
    text: string,
    x: number,
    y: number,
    style: LineStyle,
    width?: number,
    align: Align = 'left',
    spacing = 0,
  ): void {
    if (text === '') return;
    let dx = 0;
    if (width !== undefined && align !== 'left') {
      const w = this.measure.width(text, style.font, style.size);
      dx = align === 'center' ? (width - w) / 2 : width - w;
    }
    const runs = this.measure.runs(text, style.font);
    if (runs.length === 1) {
      this.measure
        .use(style.font, style.size)
        .fillColor(style.color)
        .text(text, x + dx, y, { lineBreak: false, characterSpacing: spacing });
      return;
    }
    // mixed fonts (zh-TW fallback): each run where the previous one ended
    let at = x + dx;
    for (const run of runs) {
      this.measure
        .font(run.name)
        .fontSize(style.size)
        .fillColor(style.color)
        .text(run.text, at, y, { lineBreak: false, characterSpacing: spacing });
      at +=
        (run.font.layout(run.text).advanceWidth / run.font.unitsPerEm) * style.size +
        spacing * [...run.text].length;
    }
  }

  /** A justified paragraph flowing across pages. */
  paragraph(
    text: string,
    opts: {
      style?: LineStyle;
      indent?: number;
      width?: number;
      x?: number;
      after?: number;
      justify?: boolean;
    } = {},
  ): void {
    const style = opts.style ?? { font: FONT.regular, size: TYPE.body.size, color: COLOR.text };
    const leading = style.size * TYPE.body.leading;
    const x = opts.x ?? CONTENT.left;
    const width = opts.width ?? CONTENT.width;
    const indent = opts.indent ?? 0;
    for (const { text: line, ends } of this.paragraphLines(text, width - indent, style)) {
      this.ensure(leading);
      const natural = this.measure.width(line, style.font, style.size);
      const spacing =
        opts.justify === false || ends
          ? 0
          : justifySpacing({
              text: line,
              naturalWidth: natural,
              width: width - indent,
              fontSize: style.size,
            });
      this.drawLine(line, x + indent, this.y + (leading - style.size) / 2, style, undefined, 'left', spacing);
      this.y += leading;
    }
    this.y += opts.after ?? style.size * 0.5;
  }

  bullets(items: readonly string[]): void {
    const style = { font: FONT.regular, size: TYPE.body.size, color: COLOR.text };
    const indent = 14;
    for (const item of items) {
      this.ensure(style.size * TYPE.body.leading);
      // a drawn dot, not a text bullet: it stays out of the extracted text
      this.doc
        .circle(CONTENT.left + 5, this.y + (style.size * TYPE.body.leading) / 2, 1.6)
        .fill(COLOR.accent);
      this.paragraph(item, { style, indent, after: 2 });
    }
    this.y += 4;
  }

  /** Section (level 1) or subsection (level 2) title: bookmark, named destination, TOC entry. */
  heading(level: 1 | 2, title: string, dest: string, badge?: string): void {
    const t = level === 1 ? TYPE.h1 : TYPE.h2;
    const height = t.size * t.leading;
    // keep the title with at least a few lines of what follows
    this.ensure(height + 70);
    if (level === 1 && this.y > CONTENT.top) this.y += 8;
    const top = this.y;
    this.doc.addNamedDestination(dest, 'XYZ', null, top, null);
    const item =
      level === 1 || !this.outlineParent
        ? this.doc.outline.addItem(title)
        : this.outlineParent.addItem(title);
    if (level === 1) this.outlineParent = item;
    this.headings.push({ level, title, dest, page: this.pageIndex });
    const style = { font: FONT.bold, size: t.size, color: level === 1 ? COLOR.accent : COLOR.text };
    this.drawLine(title, CONTENT.left, top, style);
    if (badge) {
      this.drawLine(
        badge,
        CONTENT.left,
        top + (t.size - TYPE.body.size) * 0.8,
        { font: FONT.regular, size: TYPE.body.size, color: COLOR.accent },
        CONTENT.width,
        'right',
      );
    }
    this.y = top + height;
    if (level === 1) {
      this.doc
        .moveTo(CONTENT.left, this.y)
        .lineTo(CONTENT.right, this.y)
        .lineWidth(1.2)
        .strokeColor(COLOR.accent)
        .stroke();
      this.y += 12;
    } else {
      this.doc
        .moveTo(CONTENT.left, this.y - 2)
        .lineTo(CONTENT.right, this.y - 2)
        .lineWidth(0.5)
        .strokeColor(COLOR.hairline)
        .stroke();
      this.y += 8;
    }
  }

  subheading(text: string): void {
    const size = TYPE.h3.size;
    this.ensure(size * TYPE.h3.leading + 50);
    this.y += 4;
    this.doc.rect(CONTENT.left, this.y + 2, 3, size).fill(COLOR.accent);
    this.drawLine(text, CONTENT.left + 9, this.y + 1, { font: FONT.bold, size, color: COLOR.text });
    this.y += size * TYPE.h3.leading + 4;
  }

  /** A shaded box holding a short paragraph (notices, totals). */
  notice(text: string): void {
    const style = { font: FONT.regular, size: TYPE.body.size, color: COLOR.text };
    const pad = 8;
    const leading = style.size * TYPE.body.leading;
    const lines = this.paragraphLines(text, CONTENT.width - 2 * pad - 4, style);
    const height = lines.length * leading + 2 * pad;
    this.ensure(height);
    this.doc.rect(CONTENT.left, this.y, CONTENT.width, height).fill(COLOR.noticeFill);
    this.doc.rect(CONTENT.left, this.y, 3, height).fill(COLOR.accent);
    let y = this.y + pad;
    lines.forEach(({ text: line, ends }) => {
      const natural = this.measure.width(line, style.font, style.size);
      const spacing = ends
        ? 0
        : justifySpacing({
            text: line,
            naturalWidth: natural,
            width: CONTENT.width - 2 * pad - 4,
            fontSize: style.size,
          });
      this.drawLine(
        line,
        CONTENT.left + pad + 4,
        y + (leading - style.size) / 2,
        style,
        undefined,
        'left',
        spacing,
      );
      y += leading;
    });
    this.y += height + 10;
  }
}
