const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text as SQLite will give it back: a lone UTF-16 surrogate cannot be stored as UTF-8 and
 * comes back as U+FFFD. Comparing the normalised form keeps a repeated autosave a no-op.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
