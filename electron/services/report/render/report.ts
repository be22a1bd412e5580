import PDFDocument from 'pdfkit';
import type { Font as Fontkit } from 'fontkit';
import type { FontPair } from '../fonts';
import type { ReportModel, Section } from '../model/schema';
import { drawBlock, drawFacts } from './blocks';
import { drawSvg, renderRadarSvg } from './chart';
import { bufferPageContent } from './content-buffer';
import { drawPageFurniture, fillToc, tocEntryCount, tocPageCount } from './pages';
import { COLOR, CONTENT, FONT, MARGIN, PAGE, TYPE, type FontName } from './theme';
import type { RegisteredFont } from './measure';
import { printableModel } from './printable';
import { Writer } from './writer';

export interface RenderedReport {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly pages: number;
}

const CHART = { width: 290, height: 250 } as const;

/** Registered under their PostScript names, the names pdfkit caches opened fonts by. */
function registered(fonts: FontPair): Record<FontName, RegisteredFont> {
  const entry = (font: Fontkit, fallback: Fontkit | undefined): RegisteredFont => ({
    name: font.postscriptName,
    font,
    fallback: fallback && { name: fallback.postscriptName, font: fallback },
  });
  return {
    regular: entry(fonts.regular, fonts.fallback?.regular),
    bold: entry(fonts.bold, fonts.fallback?.bold),
  };
}

function createDocument(model: ReportModel, fonts: FontPair): PDFKit.PDFDocument {
  // pdfkit accepts an already-parsed fontkit font (0.20+); its typings only list paths and buffers
  const regular = fonts.regular as unknown as string;
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    font: regular,
    lang: model.language,
    pdfVersion: '1.7',
    displayTitle: true,
    compress: true,
    info: {
      Title: model.meta.title,
      Author: model.meta.author,
      Subject: model.meta.subject,
      Keywords: model.meta.keywords,
      Creator: model.meta.creator,
      Producer: model.meta.creator,
      CreationDate: new Date(model.meta.generatedAt),
    },
  });
  for (const f of Object.values(registered(fonts))) {
    doc.registerFont(f.name, f.font as unknown as string);
    if (f.fallback) doc.registerFont(f.fallback.name, f.fallback.font as unknown as string);
  }
  bufferPageContent(doc);
  return doc;
}

function drawCover(w: Writer, model: ReportModel): void {
  const doc = w.doc;
  const c = model.cover;
  doc.rect(0, 0, PAGE.width, 10).fill(COLOR.accent);
  w.drawLine(
    c.title,
    CONTENT.left,
    150,
    { font: FONT.bold, size: 28, color: COLOR.accent },
    CONTENT.width,
    'center',
  );
  w.drawLine(
    c.subtitle,
    CONTENT.left,
    198,
    { font: FONT.regular, size: 11, color: COLOR.muted },
    CONTENT.width,
    'center',
  );
  doc
    .moveTo(CONTENT.left + 80, 232)
    .lineTo(CONTENT.right - 80, 232)
    .lineWidth(1)
    .strokeColor(COLOR.accent)
    .stroke();
  const nameLines = w.lines(c.enterpriseName, CONTENT.width - 40, { font: FONT.bold, size: 18 });
  let y = 262;
  for (const line of nameLines) {
    w.drawLine(
      line,
      CONTENT.left,
      y,
      { font: FONT.bold, size: 18, color: COLOR.text },
      CONTENT.width,
      'center',
    );
    y += 28;
  }
  w.y = Math.max(y + 30, 340);
  drawFacts(w, c.facts, { x: CONTENT.left + 40, width: CONTENT.width - 80, labelShare: 0.32, size: 10.5 });
  const noticeLines = w.lines(c.notice, CONTENT.width - 40, { font: FONT.regular, size: 9 });
  let ny = CONTENT.bottom - noticeLines.length * 15;
  doc
    .moveTo(CONTENT.left, ny - 10)
    .lineTo(CONTENT.right, ny - 10)
    .lineWidth(0.5)
    .strokeColor(COLOR.hairline)
    .stroke();
  for (const line of noticeLines) {
    w.drawLine(
      line,
      CONTENT.left,
      ny,
      { font: FONT.regular, size: 9, color: COLOR.muted },
      CONTENT.width,
      'center',
    );
    ny += 15;
  }
}

function drawSummary(w: Writer, model: ReportModel, fonts: FontPair): void {
  const s = model.summary;
  w.newPage();
  w.heading(1, s.title, 'sec:summary');
  drawFacts(w, s.headline, { labelShare: 0.3 });
  if (s.statement) w.notice(s.statement);
  w.ensure(CHART.height + 30);
  const top = w.y;
  const svg = renderRadarSvg(s.radar.option, CHART.width, CHART.height, fonts.regular);
  drawSvg(
    w.doc,
    svg,
    { x: CONTENT.left, y: top, ...CHART },
    { regular: w.measure.fonts.regular.name, bold: w.measure.fonts.bold.name },
  );
  // the axis scores beside the chart, so the figure reads without the UI
  const tableX = CONTENT.left + CHART.width + 16;
  const tableWidth = CONTENT.right - tableX;
  w.y = top + 40;
  const size = TYPE.table.size + 0.7;
  for (const axis of s.radar.axes) {
    w.drawLine(axis.label, tableX, w.y, { font: FONT.regular, size, color: COLOR.text });
    w.drawLine(axis.score, tableX, w.y, { font: FONT.bold, size, color: COLOR.accent }, tableWidth, 'right');
    w.y += size * 1.5 + 5;
    w.doc
      .moveTo(tableX, w.y - 5)
      .lineTo(CONTENT.right, w.y - 5)
      .lineWidth(0.5)
      .strokeColor(COLOR.hairline)
      .stroke();
  }
  w.y = top + CHART.height + 2;
  w.drawLine(
    model.labels.radarCaption,
    CONTENT.left,
    w.y,
    { font: FONT.regular, size: 9, color: COLOR.muted },
    CHART.width,
    'center',
  );
  w.y += 24;
  for (const block of s.blocks) drawBlock(w, block);
}

function drawSection(w: Writer, section: Section): void {
  if (section.newPage) w.newPage();
  w.heading(1, section.title, `sec:${section.id}`);
  for (const block of section.blocks) drawBlock(w, block);
  for (const sub of section.subsections) {
    w.heading(2, sub.title, `sub:${sub.id}`, sub.badge);
    for (const block of sub.blocks) drawBlock(w, block);
    w.y += 6;
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

/**
 * Draws the report. The TOC pages are reserved right after the cover (their number follows from
 * the model) and filled at the end, when every heading knows its page: one pass, exact numbers.
 */
export async function renderReport(raw: ReportModel, fonts: FontPair): Promise<RenderedReport> {
  const drawn = [fonts.regular, fonts.bold, ...(fonts.fallback ? [fonts.fallback.regular] : [])];
  const model = printableModel(raw, drawn);
  const doc = createDocument(model, fonts);
  const done = collect(doc);
  const w = new Writer(doc, registered(fonts));
  drawCover(w, model);
  const tocFirst = 1;
  const tocPages = tocPageCount(tocEntryCount(model));
  for (let i = 0; i < tocPages; i++) w.newPage();
  drawSummary(w, model, fonts);
  for (const section of model.sections) drawSection(w, section);
  fillToc(w, model, tocFirst, w.headings);
  drawPageFurniture(w, model);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return { bytes: await done, pages };
}
