import uiEnglish from '../i18n/en.json';
import diagnosisEn from '../i18n/composed/diagnosis/en.json';
import diagnosisZhCN from '../i18n/composed/diagnosis/zh-CN.json';
import diagnosisZhTW from '../i18n/composed/diagnosis/zh-TW.json';
import policyEn from '../i18n/composed/policy/en.json';
import policyZhCN from '../i18n/composed/policy/zh-CN.json';
import policyZhTW from '../i18n/composed/policy/zh-TW.json';
import type { Arg, Join, Label, Phrase } from '../engine/phrase';
import { CITIES, findDistrict } from '../engine/regions';
import { estimateWords } from './composed';
import { amountOf } from './money';

/**
 * The engine's sentences (gap reasons, gate details, scenario reasons, condition reasons, missing
 * inputs, amount formulas, notes) in the reader's language, from the catalogs in
 * assessments/i18n/composed/diagnosis/ and policy/. The screens and the report both word them here.
 */
type Catalog = Readonly<Record<string, string>>;
const zhCN: Catalog = { ...diagnosisZhCN, ...policyZhCN };
const CATALOGS: Readonly<Record<string, Catalog>> = {
  'zh-CN': zhCN,
  en: { ...diagnosisEn, ...policyEn },
  'zh-TW': { ...diagnosisZhTW, ...policyZhTW },
};

/** How the reader's language shows the texts a phrase quotes rather than composes. */
export interface PhraseReaders {
  /** a {zh, en} label (model, level and dimension names) */
  readonly pick: (label: Label) => string;
  /** a content text of the packs or the policy catalog: converted for 繁體, translated for English */
  readonly content: (text: string) => string;
  /** a document title: Chinese in every language, glossed for English readers */
  readonly title: (title: string) => string;
}

/** Texts as given: Chinese labels, content already in the reader's language or none to translate. */
export const AS_GIVEN: PhraseReaders = { pick: (l) => l.zh, content: (s) => s, title: (s) => s };

/** As given, but labels in English. */
export const EN_LABELS: PhraseReaders = { ...AS_GIVEN, pick: (l) => l.en };

const JOIN_KEYS: Readonly<Record<Exclude<Join, 'none'>, string>> = {
  or: 'list.or',
  and: 'list.and',
  slash: 'list.slash',
  clause: 'list.clause',
  comma: 'list.comma',
};

function template(language: string, key: string): string {
  return (CATALOGS[language] ?? zhCN)[key] ?? zhCN[key] ?? key;
}

const regionNames = uiEnglish.regions as {
  cities: Record<string, string>;
  districts: Record<string, string>;
};

/** A city or district in English from the region data; otherwise as the reader's content shows it. */
function placeName(
  place: string,
  city: string | undefined,
  language: string,
  readers: PhraseReaders,
): string {
  if (language === 'en') {
    const known = city ? findDistrict(city, place) : CITIES.find((c) => c.name === place);
    const name = known && (city ? regionNames.districts[known.id] : regionNames.cities[known.id]);
    if (name) return name;
  }
  return readers.content(place);
}

function argWords(arg: Arg, language: string, readers: PhraseReaders): string {
  if ('text' in arg) return readers.content(arg.text);
  if ('num' in arg) return String(arg.num);
  if ('phrase' in arg) return phraseText(arg.phrase, language, readers);
  if ('label' in arg) return readers.pick(arg.label);
  if ('list' in arg) {
    const sep = arg.join === 'none' ? '' : template(language, JOIN_KEYS[arg.join]);
    return arg.list.map((a) => argWords(a, language, readers)).join(sep);
  }
  if ('title' in arg) return readers.title(arg.title);
  if ('place' in arg) return placeName(arg.place, arg.in, language, readers);
  if ('wan' in arg) return wanWords(arg.wan, language);
  if ('pct' in arg) return fill(template(language, 'amount.pct'), { pct: String(arg.pct) });
  if ('asWritten' in arg) return arg.asWritten;
  if ('name' in arg) return template(language, `${arg.name}.${arg.id}`);
  return estimateWords(arg.estimate, language);
}

/**
 * `{name|lower}`: a label inserted mid-sentence starts lower-case in English ("required: above the
 * provincial industry average"); a capital followed by another (SME, GB/T, AI) is an acronym and stays.
 */
function midSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** The template with each `{name}` replaced; a placeholder without a value stays as written. */
function fill(text: string, value: (name: string) => string | undefined): string;
function fill(text: string, values: Readonly<Record<string, string>>): string;
function fill(
  text: string,
  values: Readonly<Record<string, string>> | ((name: string) => string | undefined),
): string {
  const valueOf =
    typeof values === 'function'
      ? values
      : (name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined);
  return text.replace(/\{(\w+)(\|lower)?\}/g, (whole, name: string, lower?: string) => {
    const v = valueOf(name);
    if (v === undefined) return whole;
    return lower ? midSentence(v) : v;
  });
}

/** A sentence the engine composed, as the reader's language writes it. */
export function phraseText(p: Phrase, language: string, readers: PhraseReaders = AS_GIVEN): string {
  const args = p.args ?? {};
  return fill(template(language, p.key), (name) =>
    Object.prototype.hasOwnProperty.call(args, name) ? argWords(args[name]!, language, readers) : undefined,
  );
}

/** A failed condition recorded by id (the revenue increment) named in the reader's language. */
export function conditionIdName(condition: string, language: string): string | undefined {
  const key = `condition.${condition}`;
  return key in policyZhCN ? template(language, key) : undefined;
}

/** An amount in 万元 as the reader's language writes it: "18万", "180,000 yuan". */
export function wanWords(wan: number, language: string): string {
  return fill(template(language, 'amount.wan'), { amount: amountOf(wan, language) });
}
