import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { justifySpacing } from '../../../electron/services/report/text/justify';
import {
  NO_LINE_END,
  NO_LINE_START,
  atoms,
  breakLines,
  segments,
} from '../../../electron/services/report/text/linebreak';

/** Full-width characters 1 unit, ASCII half: close to the real font, and exact for asserting. */
const measure = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

describe('CJK line breaking', () => {
  it('never starts a line with closing punctuation: the mark takes its character along', () => {
    // 11 characters fit, the 12th is '，': it may not start line 2, so '估' goes down with it
    const lines = breakLines('智能制造能力成熟度评估，已完成。', 11, measure);
    expect(lines[0]).toBe('智能制造能力成熟度评');
    expect(lines[1]).toBe('估，已完成。');
  });

  it('keeps the space after a word too long for the column, which it breaks inside', () => {
    // each Latin character is 0.5 wide: "risk-compensation" (8.5) does not fit in 6, 12 characters do
    const lines = breakLines('the risk-compensation policy', 6, measure);
    expect(lines.join('|')).toBe('the|risk-compens|ation policy');
  });

  it('never ends a line with an opening bracket', () => {
    const lines = breakLines('设备联网率达到八成以上（含数控）', 11, measure);
    expect(lines[0]).toBe('设备联网率达到八成以上');
    expect(lines[1]!.startsWith('（')).toBe(true);
  });

  it('keeps numbers, units and codes whole, and the doubled dash and ellipsis together', () => {
    expect(atoms('温度85℃，GB/T 39116-2020')).toEqual([
      '温',
      '度',
      '85',
      '℃',
      '，',
      'GB/T',
      ' ',
      '39116-2020',
    ]);
    expect(segments('好——很好……')).toEqual(['好', '——', '很', '好', '……']);
  });

  it('breaks an overlong code (a hash) between characters instead of overflowing', () => {
    const hash = 'f'.repeat(64);
    const lines = breakLines(hash, 10, measure);
    expect(lines.join('')).toBe(hash);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(10);
  });

  it('honours explicit line breaks and drops spaces at wrapped line ends', () => {
    expect(breakLines('第一行\n第二行', 20, measure)).toEqual(['第一行', '第二行']);
    expect(breakLines('alpha beta gamma', 4.5, measure)).toEqual(['alpha', 'beta', 'gamma']);
  });

  // random Chinese-like text: ideographs, some bracketed, some followed by punctuation
  const closing = ['，', '。', '、', '；', '：', '？', '！', '）', '》', '」'];
  const token = fc.oneof(
    fc.constantFrom(...'智能制造工厂设备数据质量管理'),
    fc.tuple(fc.constantFrom(...'产线系统'), fc.constantFrom(...closing)).map(([a, b]) => a + b),
    fc
      .tuple(
        fc.constantFrom('（', '《', '「'),
        fc.constantFrom(...'质检排产'),
        fc.constantFrom('）', '》', '」'),
      )
      .map((t) => t.join('')),
  );
  const text = fc.array(token, { minLength: 1, maxLength: 80 }).map((t) => t.join(''));

  it('property: no line starts with closing or ends with opening punctuation; nothing is lost; lines fit', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 6, max: 30 }), (t, width) => {
        const lines = breakLines(t, width, measure);
        expect(lines.join('')).toBe(t);
        for (const line of lines) {
          expect(measure(line)).toBeLessThanOrEqual(width);
          expect(NO_LINE_START.has([...line][0] ?? '')).toBe(false);
          expect(NO_LINE_END.has([...line].at(-1) ?? '')).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('CJK justification', () => {
  it('spreads the slack evenly between characters so the line fills the measure', () => {
    const spacing = justifySpacing({ text: '一二三四五', naturalWidth: 52.5, width: 55, fontSize: 10.5 });
    expect(52.5 + spacing * 4).toBeCloseTo(55, 6);
  });

  it('leaves a line ragged rather than tearing it apart, and never squeezes', () => {
    expect(justifySpacing({ text: '一二', naturalWidth: 21, width: 200, fontSize: 10.5 })).toBe(0);
    expect(justifySpacing({ text: '一二三', naturalWidth: 40, width: 30, fontSize: 10 })).toBe(0);
    expect(justifySpacing({ text: '一', naturalWidth: 10, width: 30, fontSize: 10 })).toBe(0);
  });
});
