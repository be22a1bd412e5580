import cmmm from './en/cmmm-gbt39116.json';
import smartFactory from './en/smart-factory-tiers.json';
import sme from './en/sme-digital-2024.json';
import scenarios from './en/ai-scenarios.json';
import policies from './en/policies.json';
import { mergeMemories, type ContentSource, type MemoryFile } from './memory';

/**
 * English for the content written only in Chinese (pack, scenario and policy texts), for the
 * screens and the report. A text the memory does not hold is shown as written. The renderer
 * imports this module lazily (English only), so the other languages' first paint does not pay for it.
 */
export const MEMORY_FILES: ReadonlyArray<readonly [ContentSource, MemoryFile]> = [
  ['cmmm-gbt39116', cmmm],
  ['smart-factory-tiers', smartFactory],
  ['sme-digital-2024', sme],
  ['ai-scenarios', scenarios],
  ['policies', policies],
];

const { memory } = mergeMemories(MEMORY_FILES);

/** The English of a content text, or the text itself when the memory has none. */
export function englishContent(text: string): string {
  return memory.get(text) ?? text;
}

/** The English gloss of a document title, or undefined: the memory may hold titles for glossing. */
export function titleGloss(title: string): string | undefined {
  return memory.get(title);
}

/**
 * A document title or issuing body as English readers see it: the Chinese name, then its English
 * in parentheses.
 */
export function glossedTitle(title: string): string {
  const gloss = memory.get(title);
  return gloss ? `${title} (${gloss})` : title;
}

/** Fields every language shows as written: citations, quotes, numbers, place-name lists. */
const AS_WRITTEN = new Set(['source', 'ref', 'quote', 'number', 'cities', 'districts']);
/**
 * Fields that name a document or the body that issued it: kept in Chinese (what the applicant
 * must find and cite) with the English gloss after it.
 */
const TITLES = new Set(['title', 'titleOriginal', 'documentTitle', 'issuer']);

/**
 * A copy of `value` (plain objects, arrays and Map values walked) with every content text in
 * English, before anything is composed from it: what a report in English is built from. Titles and
 * issuers get their gloss, quotes and citations stay as written; other values (dates, sets of ids) are kept.
 * An object reached twice is copied once, so shared references stay shared.
 */
export function toEnglishDeep<T>(value: T): T {
  return walk(value, undefined, new Map()) as T;
}

function walk(value: unknown, key: string | undefined, seen: Map<object, unknown>): unknown {
  if (typeof value === 'string') {
    if (key !== undefined && TITLES.has(key)) return glossedTitle(value);
    return englishContent(value);
  }
  if (value === null || typeof value !== 'object') return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  let copy: unknown = value;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    seen.set(value, list);
    for (const v of value) list.push(walk(v, key, seen));
    copy = list;
  } else if (value instanceof Map) {
    const map = new Map<unknown, unknown>();
    seen.set(value, map);
    for (const [k, v] of value) map.set(k, walk(v, key, seen));
    copy = map;
  } else if (Object.getPrototypeOf(value) === Object.prototype) {
    const record: Record<string, unknown> = {};
    seen.set(value, record);
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      record[k] = AS_WRITTEN.has(k) ? v : walk(v, k, seen);
    copy = record;
  }
  return copy;
}
