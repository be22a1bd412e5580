import { describe, expect, it } from 'vitest';
import { estimateWords } from '../../../assessments/presentation/composed';
import { amountOf, yuanAmount } from '../../../assessments/presentation/money';
import { wanWords } from '../../../assessments/presentation/phrase';
import { estimateText, moneyValues } from '../../../renderer/src/results/estimate';

// 1 万元 = 10 000 yuan: English readers get whole yuan, Chinese readers the 万元 the policy states.
describe('amounts as each reader counts money', () => {
  it('writes 万元 as whole, grouped yuan for English', () => {
    expect(yuanAmount(18)).toBe('180,000');
    expect(yuanAmount(0.35)).toBe('3,500');
    expect(yuanAmount(5000)).toBe('50,000,000');
    expect(yuanAmount(12.34567)).toBe('123,457');
  });

  it('keeps 万元 for Chinese screens and yuan for English ones', () => {
    expect(moneyValues(5000, 'zh-CN')).toEqual({ amount: '5,000' });
    expect(moneyValues(5000, 'zh-TW')).toEqual({ amount: '5,000' });
    expect(moneyValues(5000, 'en')).toEqual({ amount: '50,000,000' });
    expect(estimateText({ kind: 'up-to', wan: 18 }, 'en')).toEqual({
      key: 'results.estimate.upTo',
      values: { amount: '180,000' },
    });
  });
});

describe('amounts in composed sentences', () => {
  it('words 万元 per language: Chinese as entered, English in whole yuan', () => {
    expect(wanWords(18, 'zh-CN')).toBe('18万');
    expect(wanWords(18, 'zh-TW')).toBe('18萬');
    expect(wanWords(18, 'en')).toBe('180,000 yuan');
    expect(estimateWords({ kind: 'policy-cap', wan: 1000 }, 'en')).toBe('policy cap 10,000,000 yuan');
    expect(estimateWords({ kind: 'up-to', wan: 0.35 }, 'zh-CN')).toBe('最高0.35万');
    expect(amountOf(12.34, 'zh-CN', 1)).toBe('12.3');
  });
});
