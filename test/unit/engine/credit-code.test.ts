import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_ALPHABET,
  checkCreditCode,
  creditCodeCheckChar,
  isValidCreditCode,
} from '../../../assessments/engine/credit-code';

const KNOWN_VALID = ['91350100M000100Y43', '91440300708461136T', '914403001922038216'];

describe('credit code check character (GB 32100-2015)', () => {
  it.each(KNOWN_VALID)('accepts the known-valid code %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ valid: true });
  });

  it('computes the check character of the known-valid codes', () => {
    for (const code of KNOWN_VALID) expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it('rejects a wrong check character and names the expected one', () => {
    expect(checkCreditCode('91440300708461136X')).toEqual({ valid: false, reason: 'check', expected: 'T' });
  });

  it('rejects wrong length and letters outside the alphabet', () => {
    expect(checkCreditCode('9144030070846113')).toEqual({ valid: false, reason: 'length' });
    expect(checkCreditCode('91440300708461136I')).toMatchObject({ valid: false, reason: 'alphabet' });
    expect(checkCreditCode('9144030O708461136T')).toMatchObject({ valid: false, reason: 'alphabet' });
  });

  it('detects every single-symbol substitution in a valid code', () => {
    const symbol = fc.constantFrom(...CREDIT_CODE_ALPHABET.split(''));
    const body = fc.array(symbol, { minLength: 17, maxLength: 17 }).map((s) => s.join(''));
    fc.assert(
      fc.property(body, fc.nat(17), symbol, (first17, position, replacement) => {
        const code = first17 + (creditCodeCheckChar(first17) ?? '');
        expect(isValidCreditCode(code)).toBe(true);
        const mutated = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(isValidCreditCode(mutated)).toBe(mutated === code);
      }),
    );
  });
});
