/**
 * Inter-character justification for CJK text: the slack of a full line is spread evenly between
 * its characters (pdfkit's `align: 'justify'` only stretches spaces, which Chinese has none of).
 * A line whose slack would need more than `maxSpacingEm` per gap is left ragged rather than torn.
 */
export interface JustifyInput {
  /** the line as drawn */
  readonly text: string;
  /** its natural width */
  readonly naturalWidth: number;
  /** the width to fill */
  readonly width: number;
  readonly fontSize: number;
  /** default 0.25 em per gap */
  readonly maxSpacingEm?: number;
}

const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;

/** The character spacing (pdfkit `characterSpacing`, PDF Tc) that makes the line fill `width`. */
export function justifySpacing(input: JustifyInput): number {
  // Latin text is set ragged: spreading letters apart reads as a fault in English, not as justified
  if (!HAN_OR_KANA.test(input.text)) return 0;
  const gaps = [...input.text].length - 1;
  const slack = input.width - input.naturalWidth;
  if (gaps <= 0 || slack <= 0) return 0;
  const spacing = slack / gaps;
  return spacing > (input.maxSpacingEm ?? 0.25) * input.fontSize ? 0 : spacing;
}
