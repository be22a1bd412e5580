import { describe, expect, it } from 'vitest';
import { chinaDay, chinaDayStamp } from '../../../assessments/engine/china-day';
import { bundleFileName } from '../../../electron/services/bundle/export';

// Beijing time is UTC+8 all year (no daylight saving): 07:30 on 2 March is 23:30 UTC on 1 March.
const MORNING_IN_DONGGUAN = new Date('2026-03-01T23:30:00Z');

describe('chinaDay: the calendar day in Asia/Shanghai', () => {
  it('is the Beijing date, not the UTC one, early in the Beijing morning', () => {
    expect(chinaDay(MORNING_IN_DONGGUAN)).toBe('2026-03-02');
    expect(chinaDayStamp(MORNING_IN_DONGGUAN)).toBe('20260302');
  });

  it('turns at Beijing midnight (16:00 UTC)', () => {
    expect(chinaDay('2026-12-31T15:59:59.999Z')).toBe('2026-12-31');
    expect(chinaDay('2026-12-31T16:00:00.000Z')).toBe('2027-01-01');
  });

  it('does not depend on the clock zone of the machine', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(chinaDay(MORNING_IN_DONGGUAN)).toBe('2026-03-02');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('keeps the first ten characters of a string that is not a date', () => {
    expect(chinaDay('not-a-date-at-all')).toBe('not-a-date');
  });
});

describe('bundle file names carry the Beijing day', () => {
  it('a bundle exported at 07:30 Beijing time is named with that day, not yesterday', () => {
    const name = bundleFileName('东莞精密五金', MORNING_IN_DONGGUAN, '0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(name).toBe('东莞精密五金-20260302-0f8fad5b.sfdx');
  });
});
