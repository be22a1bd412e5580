import en from '../i18n/composed/diagnosis/en.json';
import zhCN from '../i18n/composed/diagnosis/zh-CN.json';
import zhTW from '../i18n/composed/diagnosis/zh-TW.json';
import type { Phrase, PhraseArg, PhraseKey, PhraseList } from '../engine/phrase';

type Catalog = Readonly<Record<PhraseKey, string>>;
const CATALOGS: Readonly<Record<string, Catalog>> = { 'zh-CN': zhCN, en, 'zh-TW': zhTW };

/** How the reader's language shows what a phrase holds besides its template. */
export interface PhraseWords {
  /** a {zh, en} label (model and catalog names) */
  readonly pick: (label: { readonly zh: string; readonly en: string }) => string;
  /** a content text of the packs, written in Chinese (translation memory, 繁體 conversion) */
  readonly content: (text: string) => string;
}

/** The words as written: Chinese labels and content texts unchanged (zh-CN, tests). */
export const ZH_WORDS: PhraseWords = { pick: (l) => l.zh, content: (t) => t };

/** Labels in English, content texts as given (already translated, or none to translate). */
export const EN_LABELS: PhraseWords = { pick: (l) => l.en, content: (t) => t };

const SEPARATORS: Readonly<Record<PhraseList['sep'], PhraseKey>> = {
  list: 'dx.sep.list',
  clause: 'dx.sep.clause',
  comma: 'dx.sep.comma',
};

function isPhrase(arg: object): arg is Phrase {
  return 'key' in arg;
}

function isList(arg: object): arg is PhraseList {
  return 'list' in arg;
}

function argText(arg: PhraseArg, catalog: Catalog, words: PhraseWords): string {
  if (typeof arg === 'number') return String(arg);
  if (typeof arg === 'string') return words.content(arg);
  if (isList(arg)) return arg.list.map((a) => argText(a, catalog, words)).join(catalog[SEPARATORS[arg.sep]]);
  if (isPhrase(arg)) return fill(arg, catalog, words);
  return words.pick(arg);
}

/**
 * `{name|lower}`: a label inserted mid-sentence starts lower-case in English ("required: above the
 * provincial industry average"); a capital followed by another (SME, GB/T, AI) is an acronym and stays.
 */
function midSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function fill(p: Phrase, catalog: Catalog, words: PhraseWords): string {
  const vars = p.vars ?? {};
  return catalog[p.key].replace(/\{(\w+)(\|lower)?\}/g, (whole, name: string, lower?: string) => {
    const v = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
    if (v === undefined) return whole;
    const text = argText(v, catalog, words);
    return lower ? midSentence(text) : text;
  });
}

/**
 * A sentence the diagnosis engine composed (gap reason, condition detail, scenario reason,
 * warning, answer reading, plan step) in the reader's language.
 */
export function phraseText(p: PhraseArg, language: string, words: PhraseWords = ZH_WORDS): string {
  return argText(p, CATALOGS[language] ?? zhCN, words);
}
