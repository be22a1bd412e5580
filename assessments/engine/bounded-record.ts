import { z } from 'zod';

const keyCount = (value: unknown): number =>
  typeof value === 'object' && value !== null ? Object.keys(value).length : 0;

/**
 * A record (object keyed by strings) with at most `max` keys: every record crossing a boundary is
 * bounded, so one request can never make every later read slow. The keys are counted before any
 * value is parsed, so an oversized record is refused at once; the bound shows in the JSON schema
 * of the contract as maxProperties.
 */
export function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(
  key: K,
  value: V,
  max: number,
) {
  return z
    .custom<unknown>((input) => keyCount(input) <= max, { message: `最多 ${max} 项` })
    .pipe(z.record(key, value))
    .meta({ type: 'object', maxProperties: max });
}
