import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { bufferPageContent } from '../../../electron/services/report/render/content-buffer';

/** A small document drawn the way the report draws: buffered pages, text, paths, colours, a later visit to page 1. */
function draw(buffered: boolean): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    compress: true,
    info: { CreationDate: new Date('2025-11-21T02:00:00Z') },
  });
  if (buffered) bufferPageContent(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(12).fillColor('#1f4e79').text('Level 2, 85%', 72, 72, { lineBreak: false });
  doc.rect(72, 100, 200, 10).fill('#d9d9d9');
  doc.addPage();
  doc.moveTo(72, 72).lineTo(300, 72).lineWidth(0.5).strokeColor('#8c8c8c').stroke();
  doc.fillColor('#333333').text('page two', 72, 90, { lineBreak: false, characterSpacing: 0.4 });
  doc.switchToPage(0);
  doc.fillColor('#333333').text('1 / 2', 500, 800, { lineBreak: false });
  doc.end();
  return done;
}

describe('page content kept as text until the page ends', () => {
  it('writes exactly the bytes pdfkit writes on its own', async () => {
    const [own, buffered] = await Promise.all([draw(false), draw(true)]);
    expect(buffered.length).toBe(own.length);
    expect(buffered.equals(own)).toBe(true);
  });
});
