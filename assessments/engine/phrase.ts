import { z } from 'zod';
// The attribute lets every loader read the catalog's keys (Playwright's ESM loader refuses a bare JSON import).
import zhCN from '../i18n/composed/diagnosis/zh-CN.json' with { type: 'json' };

/**
 * A sentence the diagnosis engine composes, kept as parts (a catalog key and its values) so that
 * each language words it from assessments/i18n/composed/diagnosis/; the engine never writes the
 * sentence itself. Values are numbers and language-neutral figures ("25%"), content texts of the
 * packs (worded through the translation memory), {zh, en} labels, nested phrases and lists.
 */
export type PhraseKey = keyof typeof zhCN;
const KEYS = Object.keys(zhCN) as [PhraseKey, ...PhraseKey[]];

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
    key: z.enum(KEYS),
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
