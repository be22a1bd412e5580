/**
 * 统一社会信用代码 check character (GB 32100-2015): 17 weighted symbols, modulus 31.
 * Pure; the shape (18 symbols of the alphabet) is CreditCodeShapeSchema in enterprise.ts.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const MODULUS = CREDIT_CODE_ALPHABET.length;

/** The check character the first 17 symbols call for, or undefined when they are not in the alphabet. */
export function creditCodeCheckChar(first17: string): string | undefined {
  if (first17.length !== WEIGHTS.length) return undefined;
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_ALPHABET.charAt((MODULUS - (sum % MODULUS)) % MODULUS);
}

export type CreditCodeCheck =
  { valid: true } | { valid: false; reason: 'length' | 'alphabet' | 'check'; expected?: string };

/** Full check of an 18-character code; `expected` names the right check character when only it is wrong. */
export function checkCreditCode(code: string): CreditCodeCheck {
  if (code.length !== 18) return { valid: false, reason: 'length' };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected === undefined || !CREDIT_CODE_ALPHABET.includes(code.charAt(17))) {
    return { valid: false, reason: 'alphabet' };
  }
  return code.charAt(17) === expected ? { valid: true } : { valid: false, reason: 'check', expected };
}

export function isValidCreditCode(code: string): boolean {
  return checkCreditCode(code).valid;
}
