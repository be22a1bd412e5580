import { describe, expect, it } from 'vitest';
import { INDUSTRY_SIZE_THRESHOLDS, deriveSizeClass } from '../../../assessments/engine/size-class';

describe('industrial size class (工信部联企业〔2011〕300号)', () => {
  it.each([
    [1000, 40000, 'large'],
    [5000, 39999, 'medium'],
    [999, 100000, 'medium'],
    [300, 2000, 'medium'],
    [299, 2000, 'small'],
    [300, 1999, 'small'],
    [20, 300, 'small'],
    [19, 50000, 'micro'],
    [500, 299, 'micro'],
    [0, 0, 'micro'],
  ] as const)('%i employees, %i 万元 → %s', (employees, revenueWan, expected) => {
    expect(deriveSizeClass(employees, revenueWan)).toBe(expected);
  });

  it('keeps its thresholds as data with a source, and honours replaced thresholds', () => {
    expect(INDUSTRY_SIZE_THRESHOLDS.source).toMatch(/2011/);
    const revised = { ...INDUSTRY_SIZE_THRESHOLDS, small: { employees: 10, revenueWan: 100 } };
    expect(deriveSizeClass(15, 150)).toBe('micro');
    expect(deriveSizeClass(15, 150, revised)).toBe('small');
  });
});
