/**
 * Every string held under a `quote` key anywhere in `value`: the passages copied from policy
 * texts, which every language shows exactly as the source wrote them.
 */
export function quotesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) quotesIn(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'quote' && typeof child === 'string') out.push(child);
      else quotesIn(child, out);
    }
  }
  return out;
}
