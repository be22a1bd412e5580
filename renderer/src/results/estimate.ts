import type { Estimate } from '@engine/policy/result';
import { yuanAmount } from '../../../assessments/presentation/money';
import { formatWan } from '../common/format';

/** An amount's `{{amount}}` for the messages: 万元 in Chinese ("5,000"), whole yuan in English. */
export function moneyValues(wan: number, language: string): { amount: string } {
  return {
    amount: language === 'en' ? yuanAmount(wan) : formatWan(wan, 'zh-CN'),
  };
}

/** Message key and values for an amount estimate (万元). */
export function estimateText(e: Estimate, language: string): { key: string; values: Record<string, string> } {
  if (e.kind === 'amount') return { key: 'results.estimate.amount', values: moneyValues(e.wan, language) };
  if (e.kind === 'up-to') return { key: 'results.estimate.upTo', values: moneyValues(e.wan, language) };
  if (e.kind === 'policy-cap')
    return { key: 'results.estimate.policyCap', values: moneyValues(e.wan, language) };
  return { key: 'results.estimate.unspecified', values: {} };
}
