import uiEnglish from '../i18n/en.json';
import en from '../i18n/composed/policy/en.json';
import zhCN from '../i18n/composed/policy/zh-CN.json';
import zhTW from '../i18n/composed/policy/zh-TW.json';
import type { Arg, Join, Phrase, PhraseKey } from '../engine/policy/phrase';
import { CITIES, findDistrict } from '../engine/regions';
import { estimateWords } from './composed';

/**
 * The policy evaluation's sentences (condition reasons, missing inputs, amount formulas, notes) in
 * the reader's language, from the catalogs in assessments/i18n/composed/policy/. The screens and
 * the report both word them here.
 */
type Catalog = Readonly<Record<PhraseKey, string>>;
const CATALOGS: Readonly<Record<string, Catalog>> = { 'zh-CN': zhCN, en, 'zh-TW': zhTW };

/** How the reader's language shows the texts a phrase quotes from the policy catalog. */
export interface PolicyReaders {
  /** a catalog text (label, name, note): converted for 繁體, from the translation memory for English */
  readonly content: (text: string) => string;
  /** a document title: Chinese in every language, glossed for English readers */
  readonly title: (title: string) => string;
}

/** For texts already in the reader's language (the report converts its input before composing). */
export const AS_GIVEN: PolicyReaders = { content: (s) => s, title: (s) => s };

const JOIN_KEYS: Readonly<Record<Exclude<Join, 'none'>, PhraseKey>> = {
  or: 'list.or',
  and: 'list.and',
  slash: 'list.slash',
  clause: 'list.clause',
};

function template(language: string, key: string): string {
  const catalog = CATALOGS[language] ?? zhCN;
  return (
    (catalog as Readonly<Record<string, string>>)[key] ??
    (zhCN as Readonly<Record<string, string>>)[key] ??
    key
  );
}

const round2 = (n: number): string => String(Math.round(n * 100) / 100);

const regionNames = uiEnglish.regions as {
  cities: Record<string, string>;
  districts: Record<string, string>;
};

/** A city or district in English from the region data; otherwise as the reader's content shows it. */
function placeName(
  place: string,
  city: string | undefined,
  language: string,
  readers: PolicyReaders,
): string {
  if (language === 'en') {
    const known = city ? findDistrict(city, place) : CITIES.find((c) => c.name === place);
    const name = known && (city ? regionNames.districts[known.id] : regionNames.cities[known.id]);
    if (name) return name;
  }
  return readers.content(place);
}

function argWords(arg: Arg, language: string, readers: PolicyReaders): string {
  if ('text' in arg) return readers.content(arg.text);
  if ('title' in arg) return readers.title(arg.title);
  if ('place' in arg) return placeName(arg.place, arg.in, language, readers);
  if ('wan' in arg) return fill(language, 'amount.wan', { wan: round2(arg.wan) });
  if ('pct' in arg) return fill(language, 'amount.pct', { pct: String(arg.pct) });
  if ('num' in arg) return String(arg.num);
  if ('asWritten' in arg) return arg.asWritten;
  if ('name' in arg) return template(language, `${arg.name}.${arg.id}`);
  if ('estimate' in arg) return estimateWords(arg.estimate, language);
  if ('list' in arg) {
    const sep = arg.join === 'none' ? '' : template(language, JOIN_KEYS[arg.join]);
    return arg.list.map((a) => argWords(a, language, readers)).join(sep);
  }
  return policyWords(arg.phrase, language, readers);
}

function fill(language: string, key: string, values: Readonly<Record<string, string>>): string {
  return template(language, key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? (values[name] ?? whole) : whole,
  );
}

/** A phrase of the evaluation as the reader's language writes it. */
export function policyWords(phrase: Phrase, language: string, readers: PolicyReaders): string {
  const values: Record<string, string> = {};
  for (const [name, arg] of Object.entries(phrase.args ?? {}))
    values[name] = argWords(arg, language, readers);
  return fill(language, phrase.key, values);
}

/** A failed condition recorded by id (the revenue increment) named in the reader's language. */
export function conditionIdName(condition: string, language: string): string | undefined {
  const key = `condition.${condition}`;
  return key in zhCN ? template(language, key) : undefined;
}

/** An amount in 万元 as the reader's language writes it: "18万", "18 ×10k CNY". */
export function wanWords(wan: number, language: string): string {
  return fill(language, 'amount.wan', { wan: round2(wan) });
}
