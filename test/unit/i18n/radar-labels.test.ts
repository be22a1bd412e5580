import { describe, expect, it } from 'vitest';
import { wrapAxisName } from '../../../assessments/charts/radar';

describe('radar axis names (never clipped on the results screen)', () => {
  it('breaks a long English name at the space nearest its middle', () => {
    expect(wrapAxisName('R&D and design')).toBe('R&D and\ndesign');
    expect(wrapAxisName('Production management')).toBe('Production\nmanagement');
    expect(wrapAxisName('Business operations')).toBe('Business\noperations');
  });

  it('leaves short names, Chinese names and names already broken alone', () => {
    expect(wrapAxisName('Factory')).toBe('Factory');
    expect(wrapAxisName('生产作业与质量管控环节')).toBe('生产作业与质量管控环节');
    expect(wrapAxisName('Factory\nbuild-out')).toBe('Factory\nbuild-out');
  });
});
