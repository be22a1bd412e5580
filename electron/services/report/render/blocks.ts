import type { Block } from '../model/schema';
import { drawTable } from './table';
import { COLOR, CONTENT, FONT, TYPE } from './theme';
import type { Writer } from './writer';

/** Label/value rows with hairlines, for headline figures and the cover. */
export function drawFacts(
  w: Writer,
  items: ReadonlyArray<{ label: string; value: string }>,
  opts: { x?: number; width?: number; labelShare?: number; size?: number } = {},
): void {
  const x = opts.x ?? CONTENT.left;
  const width = opts.width ?? CONTENT.width;
  const size = opts.size ?? TYPE.body.size;
  const leading = size * 1.5;
  const labelWidth = width * (opts.labelShare ?? 0.3);
  const valueWidth = width - labelWidth - 8;
  const labelStyle = { font: FONT.regular, size, color: COLOR.muted };
  const valueStyle = { font: FONT.regular, size, color: COLOR.text };
  for (const item of items) {
    const labels = w.lines(item.label, labelWidth - 4, labelStyle);
    const values = w.lines(item.value, valueWidth, valueStyle);
    const height = Math.max(labels.length, values.length) * leading + 6;
    w.ensure(height);
    labels.forEach((l, i) => w.drawLine(l, x, w.y + 3 + i * leading + (leading - size) / 2, labelStyle));
    values.forEach((l, i) =>
      w.drawLine(l, x + labelWidth + 8, w.y + 3 + i * leading + (leading - size) / 2, valueStyle),
    );
    w.y += height;
    w.doc
      .moveTo(x, w.y)
      .lineTo(x + width, w.y)
      .lineWidth(0.5)
      .strokeColor(COLOR.hairline)
      .stroke();
  }
  w.y += 10;
}

type Parties = Extract<Block, { kind: 'signatures' }>['parties'];

/** Two boxes side by side with signature lines and a dashed circle where the seal goes. */
export function drawSignatures(w: Writer, parties: Parties): void {
  const gap = 16;
  const boxWidth = (CONTENT.width - gap * (parties.length - 1)) / parties.length;
  const height = 230;
  w.ensure(height);
  const top = w.y;
  parties.forEach((party, i) => {
    const x = CONTENT.left + i * (boxWidth + gap);
    w.doc.rect(x, top, boxWidth, height).lineWidth(0.8).strokeColor(COLOR.rule).stroke();
    w.doc.rect(x, top, boxWidth, 24).fill(COLOR.headerFill);
    w.drawLine(party.role, x + 10, top + 6.5, { font: FONT.bold, size: 11, color: COLOR.text });
    let y = top + 42;
    for (const line of party.lines) {
      const lines = w.lines(line, boxWidth - 20, { font: FONT.regular, size: 10 });
      for (const l of lines) {
        w.drawLine(l, x + 10, y, { font: FONT.regular, size: 10, color: COLOR.text });
        y += 16;
      }
      y += 14;
    }
    const cx = x + boxWidth - 62;
    const cy = top + height - 58;
    w.doc
      .circle(cx, cy, 42)
      .lineWidth(0.6)
      .dash(3, { space: 3 })
      .strokeColor(COLOR.hairline)
      .stroke()
      .undash();
    w.drawLine(
      party.seal,
      cx - 42,
      cy - 5,
      { font: FONT.regular, size: 9, color: COLOR.muted },
      84,
      'center',
    );
  });
  w.y = top + height + 16;
}

export function drawBlock(w: Writer, block: Block): void {
  switch (block.kind) {
    case 'paragraph':
      if (block.tone === 'notice') w.notice(block.text);
      else
        w.paragraph(block.text, {
          style: {
            font: FONT.regular,
            size: TYPE.body.size,
            color: block.tone === 'muted' ? COLOR.muted : COLOR.text,
          },
        });
      return;
    case 'subheading':
      w.subheading(block.text);
      return;
    case 'bullets':
      w.bullets(block.items);
      return;
    case 'table':
      drawTable(w, block.table);
      return;
    case 'facts':
      drawFacts(w, block.items);
      return;
    case 'signatures':
      drawSignatures(w, block.parties);
      return;
  }
}
