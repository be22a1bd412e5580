import type { ReportModel } from '../model/schema';
import { format } from '../model/messages';
import { COLOR, CONTENT, FONT, MARGIN, PAGE, TYPE } from './theme';
import type { Heading, Writer } from './writer';

const TOC_LINE = 20;
const TOC_TITLE_SPACE = 60;

/** TOC pages needed for this many entries; known before rendering, so they can be reserved. */
export function tocPageCount(entries: number): number {
  const perPage = Math.floor((CONTENT.bottom - CONTENT.top - TOC_TITLE_SPACE) / TOC_LINE);
  return Math.max(1, Math.ceil(entries / perPage));
}

export function tocEntryCount(model: ReportModel): number {
  return 1 + model.sections.reduce((n, s) => n + 1 + s.subsections.length, 0);
}

/**
 * Fills the reserved TOC pages once every heading knows its page: titles, dotted leaders, page
 * numbers, and a link over each line to the heading's named destination.
 */
export function fillToc(
  w: Writer,
  model: ReportModel,
  firstPage: number,
  headings: readonly Heading[],
): void {
  const doc = w.doc;
  let page = firstPage;
  doc.switchToPage(page);
  let y = CONTENT.top;
  w.drawLine(
    model.labels.toc,
    CONTENT.left,
    y,
    { font: FONT.bold, size: TYPE.h1.size, color: COLOR.accent },
    CONTENT.width,
    'center',
  );
  y += TOC_TITLE_SPACE;
  for (const h of headings) {
    if (y + TOC_LINE > CONTENT.bottom) {
      page += 1;
      doc.switchToPage(page);
      y = CONTENT.top;
    }
    const level1 = h.level === 1;
    const style = { font: level1 ? FONT.bold : FONT.regular, size: level1 ? 11 : 10, color: COLOR.text };
    const x = CONTENT.left + (level1 ? 0 : 18);
    const number = String(h.page + 1);
    const numberWidth = w.measure.width(number, style.font, style.size);
    const maxTitle = CONTENT.right - x - numberWidth - 30;
    const title = w.lines(h.title, maxTitle, style)[0] ?? '';
    const titleWidth = w.measure.width(title, style.font, style.size);
    w.drawLine(title, x, y, style);
    w.drawLine(number, CONTENT.left, y, style, CONTENT.width, 'right');
    const dotsFrom = x + titleWidth + 6;
    const dotsTo = CONTENT.right - numberWidth - 6;
    if (dotsTo > dotsFrom) {
      doc.save();
      doc
        .moveTo(dotsFrom, y + style.size - 1)
        .lineTo(dotsTo, y + style.size - 1)
        .lineWidth(0.7)
        .dash(0.7, { space: 2.6 })
        .strokeColor(COLOR.muted)
        .stroke();
      doc.undash().restore();
    }
    doc.goTo(x, y - 2, CONTENT.right - x, style.size + 4, h.dest);
    y += TOC_LINE;
  }
}

/** Running header and "第 N 页 / 共 M 页" on every page but the cover. */
export function drawPageFurniture(w: Writer, model: ReportModel): void {
  const doc = w.doc;
  const range = doc.bufferedPageRange();
  const total = range.count;
  const small = { font: FONT.regular, size: TYPE.small.size, color: COLOR.muted };
  for (let i = range.start + 1; i < range.start + total; i++) {
    doc.switchToPage(i);
    const headerY = MARGIN.top - 30;
    w.drawLine(model.labels.header, CONTENT.left, headerY, small);
    w.drawLine(model.meta.reportId, CONTENT.left, headerY, small, CONTENT.width, 'right');
    doc
      .moveTo(CONTENT.left, headerY + 14)
      .lineTo(CONTENT.right, headerY + 14)
      .lineWidth(0.5)
      .strokeColor(COLOR.hairline)
      .stroke();
    const footer = format(model.labels.pageFooter, { n: i + 1, total });
    w.drawLine(
      footer,
      CONTENT.left,
      PAGE.height - MARGIN.bottom + 26,
      { ...small, size: 9 },
      CONTENT.width,
      'center',
    );
  }
}
