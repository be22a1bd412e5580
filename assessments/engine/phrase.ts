import { z } from 'zod';
import type zhCN from '../i18n/composed/diagnosis/zh-CN.json';

/**
 * A sentence the diagnosis engine composes, kept as parts (a catalog key and its values) so that
 * each language words it from assessments/i18n/composed/diagnosis/; the engine never writes the
 * sentence itself. Values are numbers and language-neutral figures ("25%"), content texts of the
 * packs (worded through the translation memory), {zh, en} labels, nested phrases and lists.
 */
export type PhraseKey = keyof typeof zhCN;

export interface Phrase {
  readonly key: PhraseKey;
  readonly vars?: Readonly<Record<string, PhraseArg>>;
}

/** Parts joined by the language's list (、), clause (；) or comma (，) separator. */
export interface PhraseList {
  readonly list: readonly PhraseArg[];
  readonly sep: 'list' | 'clause' | 'comma';
}

export type PhraseArg = string | number | { readonly zh: string; readonly en: string } | Phrase | PhraseList;

const LabelArgSchema = z.object({ zh: z.string(), en: z.string() });

export const PhraseSchema: z.ZodType<Phrase> = z.lazy(() =>
  z.object({
    // Keys are checked where they are made (phrase() takes a PhraseKey) and where they are worded;
    // the engine loads no catalog at run time, so plain Node and Playwright's loader need no JSON import.
    key: z.string().min(1) as z.ZodType<PhraseKey>,
    vars: z.record(z.string(), PhraseArgSchema).optional(),
  }),
);

const PhraseListSchema: z.ZodType<PhraseList> = z.lazy(() =>
  z.object({ list: z.array(PhraseArgSchema), sep: z.enum(['list', 'clause', 'comma']) }),
);

export const PhraseArgSchema: z.ZodType<PhraseArg> = z.lazy(() =>
  z.union([z.string(), z.number(), LabelArgSchema, PhraseSchema, PhraseListSchema]),
);

export function phrase(key: PhraseKey, vars?: Readonly<Record<string, PhraseArg>>): Phrase {
  return vars ? { key, vars } : { key };
}

export function listOf(list: readonly PhraseArg[], sep: PhraseList['sep'] = 'list'): PhraseList {
  return { list, sep };
}

/** Two phrases with the same parts (the same sentence in every language). */
export function samePhrase(a: PhraseArg, b: PhraseArg): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
