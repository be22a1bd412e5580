import { Converter } from 'opencc-js/cn2t';
import { TAIWAN_TERM_FIXUPS, TAIWAN_TERMS } from './terms';

/**
 * The one place Simplified text becomes Traditional with Taiwan phrasing (OpenCC cn → twp), for
 * every screen and the report in zh-TW. Converting where the text is shown (not in the YAML)
 * means text other people add later is converted too.
 */
// built on first use: the dictionaries take ~150 ms, which every shell would otherwise pay at start-up
let converter: ((text: string) => string) | undefined;
const opencc = (text: string): string => (converter ??= Converter({ from: 'cn', to: 'twp' }))(text);
const TERMS = new Map<string, string>(TAIWAN_TERMS);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function splitter(fixed: readonly string[]): RegExp | undefined {
  const parts = [...new Set(fixed)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  return parts.length > 0 ? new RegExp(`(${parts.map(escape).join('|')})`, 'u') : undefined;
}

const TERM_SPLITTER = splitter([...TERMS.keys()]);

function convertFree(text: string): string {
  const converted = !TERM_SPLITTER
    ? opencc(text)
    : text
        .split(TERM_SPLITTER)
        .map((piece, i) => (i % 2 === 1 ? (TERMS.get(piece) ?? piece) : opencc(piece)))
        .join('');
  return TAIWAN_TERM_FIXUPS.reduce((out, [taiwan, term]) => out.split(taiwan).join(term), converted);
}

/**
 * `text` in Traditional Chinese with Taiwan phrasing. Passages listed in `verbatim` (quotes of
 * policy texts, proper names) are left exactly as written: a quote keeps its source's script.
 */
export function toTaiwan(text: string, verbatim: readonly string[] = []): string {
  if (!/[\u3400-\u9fff]/u.test(text)) return text;
  const keep = splitter(verbatim.filter((v) => text.includes(v)));
  if (!keep) return convertFree(text);
  return text
    .split(keep)
    .map((piece, i) => (i % 2 === 1 ? piece : convertFree(piece)))
    .join('');
}

/** A copy of `value` with every string converted by toTaiwan (objects and arrays walked). */
export function toTaiwanDeep<T>(value: T, verbatim: readonly string[] = []): T {
  return mapStrings(value, (s) => toTaiwan(s, verbatim));
}

function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, fn)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, mapStrings(v, fn)]),
    ) as T;
  }
  return value;
}
