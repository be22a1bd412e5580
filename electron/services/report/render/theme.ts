/** Page geometry and typography of the report: A4, formal, one accent colour. */
export const PAGE = { width: 595.28, height: 841.89 } as const;

export const MARGIN = { top: 70, bottom: 66, left: 62, right: 62 } as const;

export const CONTENT = {
  left: MARGIN.left,
  right: PAGE.width - MARGIN.right,
  top: MARGIN.top,
  bottom: PAGE.height - MARGIN.bottom,
  width: PAGE.width - MARGIN.left - MARGIN.right,
} as const;

/** Weights the layout asks for; the Measurer maps them to the registered fonts. */
export const FONT = { regular: 'regular', bold: 'bold' } as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

export const COLOR = {
  text: '#1a1a1a',
  muted: '#5c6670',
  accent: '#1f4e79',
  rule: '#8c99a6',
  hairline: '#c5ccd3',
  headerFill: '#e9eef4',
  noticeFill: '#f4f6f9',
  white: '#ffffff',
} as const;

/** Sizes in pt; line heights as a multiple of the size (CJK text needs more leading than Latin). */
export const TYPE = {
  body: { size: 10.5, leading: 1.65 },
  table: { size: 8.8, leading: 1.45 },
  small: { size: 8, leading: 1.4 },
  h1: { size: 16, leading: 1.4 },
  h2: { size: 12.5, leading: 1.4 },
  h3: { size: 10.5, leading: 1.5 },
} as const;
