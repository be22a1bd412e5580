import type { Estimate } from '@engine/policy/result';

/** Message key and values for an amount estimate (万元). */
export function estimateText(e: Estimate): { key: string; values: Record<string, string> } {
  const wan = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  if (e.kind === 'amount') return { key: 'results.estimate.amount', values: { wan: wan(e.wan) } };
  if (e.kind === 'up-to') return { key: 'results.estimate.upTo', values: { wan: wan(e.wan) } };
  if (e.kind === 'policy-cap') return { key: 'results.estimate.policyCap', values: { wan: wan(e.wan) } };
  return { key: 'results.estimate.unspecified', values: {} };
}
