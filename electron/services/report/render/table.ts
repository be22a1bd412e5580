import type { ReportTable } from '../model/schema';
import { COLOR, CONTENT, FONT, TYPE, type FontName } from './theme';
import type { Align, Writer } from './writer';

const PAD_X = 4;
const PAD_Y = 3.5;

interface Laid {
  readonly lines: string[][];
  readonly height: number;
}

interface Geometry {
  readonly xs: number[];
  readonly widths: number[];
  readonly aligns: Align[];
  readonly size: number;
  readonly leading: number;
}

function geometry(table: ReportTable, size: number): Geometry {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const widths = table.columns.map((c) => (c.width / total) * CONTENT.width);
  const xs = widths.map((_, i) => CONTENT.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  return { xs, widths, aligns: table.columns.map((c) => c.align), size, leading: size * TYPE.table.leading };
}

function layRow(w: Writer, g: Geometry, cells: readonly string[], font: FontName): Laid {
  const lines = g.widths.map((width, i) =>
    w.lines(cells[i] ?? '', width - 2 * PAD_X, { font, size: g.size }),
  );
  const height = Math.max(...lines.map((l) => l.length)) * g.leading + 2 * PAD_Y;
  return { lines, height };
}

function drawCells(
  w: Writer,
  g: Geometry,
  lines: string[][],
  top: number,
  height: number,
  font: FontName,
  fill?: string,
): void {
  const doc = w.doc;
  if (fill) doc.rect(CONTENT.left, top, CONTENT.width, height).fill(fill);
  const style = { font, size: g.size, color: COLOR.text };
  lines.forEach((cell, i) => {
    const x = g.xs[i]!;
    cell.forEach((line, k) => {
      w.drawLine(
        line,
        x + PAD_X,
        top + PAD_Y + k * g.leading + (g.leading - g.size) / 2,
        style,
        g.widths[i]! - 2 * PAD_X,
        g.aligns[i],
      );
    });
  });
  doc.lineWidth(0.5).strokeColor(COLOR.hairline);
  doc
    .moveTo(CONTENT.left, top + height)
    .lineTo(CONTENT.right, top + height)
    .stroke();
  for (const x of [...g.xs.slice(1)])
    doc
      .moveTo(x, top)
      .lineTo(x, top + height)
      .stroke();
}

function drawHeader(w: Writer, g: Geometry, header: Laid): void {
  const top = w.y;
  drawCells(w, g, header.lines, top, header.height, FONT.bold, COLOR.headerFill);
  w.doc.lineWidth(0.9).strokeColor(COLOR.rule);
  w.doc.moveTo(CONTENT.left, top).lineTo(CONTENT.right, top).stroke();
  w.doc
    .moveTo(CONTENT.left, top + header.height)
    .lineTo(CONTENT.right, top + header.height)
    .stroke();
  w.y += header.height;
}

/** Outer frame of the part of the table on the current page. */
function frame(w: Writer, top: number): void {
  w.doc.lineWidth(0.9).strokeColor(COLOR.rule);
  w.doc.moveTo(CONTENT.left, w.y).lineTo(CONTENT.right, w.y).stroke();
  w.doc.lineWidth(0.5).strokeColor(COLOR.hairline);
  w.doc.moveTo(CONTENT.left, top).lineTo(CONTENT.left, w.y).stroke();
  w.doc.moveTo(CONTENT.right, top).lineTo(CONTENT.right, w.y).stroke();
}

/**
 * A ruled table that flows across pages: when a row does not fit, the part on this page is
 * closed, a page is started and the header row is drawn again. A row taller than a whole page
 * is split between its lines.
 */
export function drawTable(w: Writer, table: ReportTable, size: number = TYPE.table.size): void {
  const g = geometry(table, size);
  const header = layRow(
    w,
    g,
    table.columns.map((c) => c.title),
    FONT.bold,
  );
  const emphasis = new Set(table.emphasis);
  const firstRow = table.rows[0] ? layRow(w, g, table.rows[0], FONT.regular) : undefined;
  w.ensure(header.height + Math.min(firstRow?.height ?? 0, 3 * g.leading + 2 * PAD_Y));
  let top = w.y;
  drawHeader(w, g, header);
  table.rows.forEach((cells, r) => {
    const font = emphasis.has(r) ? FONT.bold : FONT.regular;
    const row = r === 0 && firstRow && !emphasis.has(0) ? firstRow : layRow(w, g, cells, font);
    let lines = row.lines;
    // keep-with-next: the last row never stands alone on a page, nor a section row without its first item
    const next = table.rows[r + 1];
    if (next && r > 0 && (r === table.rows.length - 2 || emphasis.has(r))) {
      const nextFont = emphasis.has(r + 1) ? FONT.bold : FONT.regular;
      const pair = row.height + layRow(w, g, next, nextFont).height;
      const pageRoom = CONTENT.bottom - CONTENT.top - header.height;
      if (w.y + row.height <= CONTENT.bottom && w.y + pair > CONTENT.bottom && pair <= pageRoom) {
        frame(w, top);
        w.newPage();
        top = w.y;
        drawHeader(w, g, header);
      }
    }
    for (;;) {
      const room = Math.floor((CONTENT.bottom - w.y - 2 * PAD_Y) / g.leading);
      const needed = Math.max(...lines.map((l) => l.length));
      if (needed <= room) {
        const height = needed * g.leading + 2 * PAD_Y;
        drawCells(w, g, lines, w.y, height, font);
        w.y += height;
        break;
      }
      const pageRows = Math.floor((CONTENT.bottom - CONTENT.top - header.height - 2 * PAD_Y) / g.leading);
      if (needed <= pageRows || room < 2) {
        // move the whole row over (or the sliver left is too small to be worth splitting into)
        frame(w, top);
        w.newPage();
        top = w.y;
        drawHeader(w, g, header);
        if (needed <= pageRows) continue;
      }
      const fit = Math.floor((CONTENT.bottom - w.y - 2 * PAD_Y) / g.leading);
      const head = lines.map((l) => l.slice(0, fit));
      drawCells(w, g, head, w.y, fit * g.leading + 2 * PAD_Y, font);
      w.y += fit * g.leading + 2 * PAD_Y;
      lines = lines.map((l) => l.slice(fit));
      frame(w, top);
      w.newPage();
      top = w.y;
      drawHeader(w, g, header);
    }
  });
  frame(w, top);
  w.y += 10;
}
