import { z } from 'zod';
// The attribute lets every loader read the catalogs' keys (Playwright's ESM loader refuses a bare JSON import).
import diagnosisZh from '../i18n/composed/diagnosis/zh-CN.json' with { type: 'json' };
import policyZh from '../i18n/composed/policy/zh-CN.json' with { type: 'json' };
import { EstimateSchema, type Estimate } from './policy/estimate';

/**
 * A sentence the engine composes (a gap's reason, a gate's detail, a condition's reason, an amount
 * formula…), kept as parts: which sentence (a key of the catalogs in assessments/i18n/composed/
 * diagnosis/ and policy/) and what fills it. The engine never words it: assessments/presentation/
 * phrase.ts does, in the reader's language, so an English or 繁體 reader never gets a sentence
 * composed in Chinese.
 */
export type PhraseKey = keyof typeof diagnosisZh | keyof typeof policyZh;
const KEYS = new Set<string>([...Object.keys(diagnosisZh), ...Object.keys(policyZh)]);

/** Name tables worded from the same catalogs: `${table}.${id}` is the key. */
export const NAME_TABLES = [
  'cert',
  'figure',
  'kind',
  'channel',
  'size',
  'applicant',
  'tier',
  'status',
] as const;
export type NameTable = (typeof NAME_TABLES)[number];

/** How a list's items are joined: "A或B", "A、B", "A/B", "A；B", "A，B", or run together. */
export const JOINS = ['or', 'and', 'slash', 'clause', 'comma', 'none'] as const;
export type Join = (typeof JOINS)[number];

/** A name the packs give in both languages (model, level and dimension names). */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

export type Arg =
  /** a content text (label, name, note, wording) as written in a pack or the policy catalog */
  | { readonly text: string }
  /** a policy document's title: kept in Chinese, glossed for English readers */
  | { readonly title: string }
  /** a city, or a district of `in`, as the region data names it */
  | { readonly place: string; readonly in?: string }
  /** an amount in 万元 */
  | { readonly wan: number }
  /** a percentage, already rounded (12.5 = 12.5%) */
  | { readonly pct: number }
  /** a count, level, score or year */
  | { readonly num: number }
  /** shown as written in every language: dates, a source's address, a dash */
  | { readonly asWritten: string }
  | { readonly label: Label }
  | { readonly name: NameTable; readonly id: string }
  | { readonly estimate: Estimate }
  | { readonly list: readonly Arg[]; readonly join: Join }
  | { readonly phrase: Phrase };

export interface Phrase {
  readonly key: PhraseKey;
  readonly args?: Readonly<Record<string, Arg>>;
}

const LabelSchema = z.object({ zh: z.string(), en: z.string() });

export const ArgSchema: z.ZodType<Arg> = z.lazy(() =>
  z.union([
    z.object({ text: z.string() }),
    z.object({ title: z.string() }),
    z.object({ place: z.string(), in: z.string().optional() }),
    z.object({ wan: z.number() }),
    z.object({ pct: z.number() }),
    z.object({ num: z.number() }),
    z.object({ asWritten: z.string() }),
    z.object({ label: LabelSchema }),
    z.object({ name: z.enum(NAME_TABLES), id: z.string() }),
    z.object({ estimate: EstimateSchema }),
    z.object({ list: z.array(ArgSchema), join: z.enum(JOINS) }),
    z.object({ phrase: PhraseSchema }),
  ]),
);

// A set lookup, not a 200-member enum: the key check runs for every phrase crossing a boundary.
const KeySchema = z.custom<PhraseKey>((key) => typeof key === 'string' && KEYS.has(key), {
  message: 'unknown phrase key',
});

export const PhraseSchema: z.ZodType<Phrase> = z.lazy(() =>
  z.object({ key: KeySchema, args: z.record(z.string(), ArgSchema).optional() }),
);

/**
 * What a phrase may be filled with where it is built: an Arg, or the plain forms the diagnosis
 * writes most — a number (count, score), a content text, a {zh, en} label or another phrase.
 */
export type PhraseValue = Arg | number | string | Label | Phrase;

function isPhrase(value: object): value is Phrase {
  return 'key' in value;
}

function isLabel(value: object): value is Label {
  return 'zh' in value && 'en' in value;
}

/** The Arg a plain value stands for (numbers as counts, strings as content texts). */
export function argOf(value: PhraseValue): Arg {
  if (typeof value === 'number') return { num: value };
  if (typeof value === 'string') return { text: value };
  if (isPhrase(value)) return { phrase: value };
  if (isLabel(value)) return { label: value };
  return value;
}

/** The sentence `key` filled with `args`. */
export function phrase(key: PhraseKey, args?: Readonly<Record<string, PhraseValue>>): Phrase {
  if (!args) return { key };
  const filled: Record<string, Arg> = {};
  for (const name of Object.keys(args)) filled[name] = argOf(args[name]!);
  return { key, args: filled };
}

/** Items joined as the reader's language joins them ("、" / ", " by default). */
export const listOf = (items: readonly PhraseValue[], join: Join = 'and'): Arg => ({
  list: items.map(argOf),
  join,
});

/** A catalog text on its own (a condition's label, a note of the pack). */
export const textPhrase = (text: string): Phrase => phrase('text', { text: { text } });

export const nameOf = <T extends NameTable>(table: T, id: string): Arg => ({ name: table, id });
export const phraseArg = (p: Phrase): Arg => ({ phrase: p });
/** An optional part of a sentence: the phrase, or nothing. */
export const optional = (p: Phrase | undefined): Arg => ({ list: p ? [{ phrase: p }] : [], join: 'none' });

/** Same phrase, same parts: lists of phrases are deduplicated by this key. */
export const phraseId = (p: Phrase): string => JSON.stringify(p);

/** Two phrases with the same parts (the same sentence in every language). */
export const samePhrase = (a: Phrase, b: Phrase): boolean => phraseId(a) === phraseId(b);

/**
 * The de-duplication key: a phrase without arguments is told apart by its key alone and a catalog
 * text by its text, so neither is serialised ("k:" and "t:" cannot begin a JSON text, so the three
 * kinds of key never meet).
 */
function dedupeKey(p: Phrase): string {
  if (p.args === undefined) return `k:${p.key}`;
  const text = textOf(p);
  return text !== undefined && Object.keys(p.args).length === 1 ? `t:${text}` : phraseId(p);
}

export function uniquePhrases(items: readonly Phrase[]): Phrase[] {
  // most lists hold one phrase or none: nothing to compare, nothing to serialise
  if (items.length < 2) return items.slice();
  const seen = new Set<string>();
  return items.filter((p) => {
    const id = dedupeKey(p);
    return seen.has(id) ? false : (seen.add(id), true);
  });
}

/** The catalog text a textPhrase holds; undefined for any composed sentence. */
export function textOf(p: Phrase): string | undefined {
  const arg = p.key === 'text' ? p.args?.text : undefined;
  return arg && 'text' in arg ? arg.text : undefined;
}
