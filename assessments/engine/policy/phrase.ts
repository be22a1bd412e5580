import { z } from 'zod';
import type zhCN from '../../i18n/composed/policy/zh-CN.json';
import { EstimateSchema, type Estimate } from './estimate';

/**
 * A sentence the evaluation states (a condition's reason, a missing input, an amount formula), as
 * parts: which sentence (a key of the catalogs in assessments/i18n/composed/policy/) and what fills
 * it. The engine never words it; assessments/presentation/policy-words.ts does, in the reader's
 * language, so an English or 繁體 reader never gets a sentence composed in Chinese.
 */
export type PhraseKey = keyof typeof zhCN;

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

/** How a list's items are joined: "A或B", "A、B", "A/B", "A；B", or run together. */
export const JOINS = ['or', 'and', 'slash', 'clause', 'none'] as const;
export type Join = (typeof JOINS)[number];

export type Arg =
  /** a catalog text (label, name, note, wording) as written in the policy pack */
  | { readonly text: string }
  /** a policy document's title: kept in Chinese, glossed for English readers */
  | { readonly title: string }
  /** a city, or a district of `in`, as the region data names it */
  | { readonly place: string; readonly in?: string }
  /** an amount in 万元 */
  | { readonly wan: number }
  /** a percentage, already rounded (12.5 = 12.5%) */
  | { readonly pct: number }
  /** a count, level or year */
  | { readonly num: number }
  /** shown as written in every language: dates, a source's address, a dash */
  | { readonly asWritten: string }
  | { readonly name: NameTable; readonly id: string }
  | { readonly estimate: Estimate }
  | { readonly list: readonly Arg[]; readonly join: Join }
  | { readonly phrase: Phrase };

export interface Phrase {
  readonly key: string;
  readonly args?: Readonly<Record<string, Arg>>;
}

export const ArgSchema: z.ZodType<Arg> = z.lazy(() =>
  z.union([
    z.object({ text: z.string() }),
    z.object({ title: z.string() }),
    z.object({ place: z.string(), in: z.string().optional() }),
    z.object({ wan: z.number() }),
    z.object({ pct: z.number() }),
    z.object({ num: z.number() }),
    z.object({ asWritten: z.string() }),
    z.object({ name: z.enum(NAME_TABLES), id: z.string() }),
    z.object({ estimate: EstimateSchema }),
    z.object({ list: z.array(ArgSchema), join: z.enum(JOINS) }),
    z.object({ phrase: PhraseSchema }),
  ]),
);

export const PhraseSchema: z.ZodType<Phrase> = z.lazy(() =>
  z.object({ key: z.string(), args: z.record(z.string(), ArgSchema).optional() }),
);

/** The sentence `key` filled with `args`. */
export function say(key: PhraseKey, args?: Readonly<Record<string, Arg>>): Phrase {
  return args ? { key, args } : { key };
}

/** A catalog text on its own (a condition's label, a note of the pack). */
export const textPhrase = (text: string): Phrase => say('text', { text: { text } });

export const nameOf = <T extends NameTable>(table: T, id: string): Arg => ({ name: table, id });
export const phraseArg = (phrase: Phrase): Arg => ({ phrase });
export const listOf = (items: readonly Arg[], join: Join): Arg => ({ list: items, join });
/** An optional part of a sentence: the phrase, or nothing. */
export const optional = (phrase: Phrase | undefined): Arg => ({
  list: phrase ? [{ phrase }] : [],
  join: 'none',
});

/** Same phrase, same parts: lists of phrases are deduplicated by this key. */
export const phraseId = (p: Phrase): string => JSON.stringify(p);

/**
 * The de-duplication key: a phrase without arguments is told apart by its key alone, so it is not
 * serialised ("k:" cannot begin a JSON text, so the two kinds of key never meet).
 */
const dedupeKey = (p: Phrase): string => (p.args === undefined ? `k:${p.key}` : phraseId(p));

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
