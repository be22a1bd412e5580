/**
 * Which strings of a pack, scenario or policy file the English translation memory must hold:
 * every string with Chinese in it, except the ones every language keeps as written (citations,
 * verbatim quotes, document titles and numbers, issuers, place names) and the `zh` half of a
 * label that already carries its own `en`.
 */
const KEPT_AS_WRITTEN = new Set([
  'source',
  'ref',
  'quote',
  'title',
  'titleOriginal',
  'number',
  'issuer',
  'cities',
  'districts',
]);

const CHINESE = /[\u3400-\u9fff]/u;

export function hasChinese(text: string): boolean {
  return CHINESE.test(text);
}

/** The content strings of one parsed YAML value, each once, in document order. */
export function contentStrings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (hasChinese(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) contentStrings(item, out);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const labelled = typeof record.en === 'string' && record.en.length > 0;
    for (const [key, child] of Object.entries(record)) {
      if (KEPT_AS_WRITTEN.has(key) || (key === 'zh' && labelled)) continue;
      contentStrings(child, out);
    }
  }
  return out;
}
