import en from '../i18n/composed/en.json';
import zhCN from '../i18n/composed/zh-CN.json';
import zhTW from '../i18n/composed/zh-TW.json';
import type { Estimate } from '../engine/policy/result';
import type { FundingParts } from '../engine/scenario/recommend';
import { amountOf } from './money';

/**
 * Sentences composed from results (funding formulas, amounts, lists) in the reader's language,
 * shared by the screens and the report: the words come from the catalogs in
 * assessments/i18n/composed/, never from literals in code.
 */
export type ComposedKey = keyof typeof zhCN;
type Catalog = Readonly<Record<ComposedKey, string>>;

const CATALOGS: Readonly<Record<string, Catalog>> = { 'zh-CN': zhCN, en, 'zh-TW': zhTW };

export function composed(
  language: string,
  key: ComposedKey,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  const template = (CATALOGS[language] ?? zhCN)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** An amount estimate (万元) in words: "最高18万" / "up to 180,000 yuan". */
export function estimateWords(e: Estimate, language: string): string {
  switch (e.kind) {
    case 'amount':
      return composed(language, 'estimate.amount', { amount: amountOf(e.wan, language) });
    case 'up-to':
      return composed(language, 'estimate.upTo', { amount: amountOf(e.wan, language) });
    case 'policy-cap':
      return composed(language, 'estimate.policyCap', { amount: amountOf(e.wan, language) });
    case 'unspecified':
      return composed(language, 'estimate.unspecified');
  }
}

export function listText(items: readonly string[], language: string): string {
  return items.join(composed(language, 'list.separator'));
}

/**
 * How a scenario's funding figure is reached, e.g. "算力券（东莞） 最高18万 = 最高18万（…）；另有2项…".
 * `content` gives a measure name in the reader's language.
 */
export function fundingFormula(
  parts: FundingParts,
  language: string,
  content: (text: string) => string,
): string {
  const sep = composed(language, 'clause.separator');
  const tail = [
    parts.unspecified > 0 ? composed(language, 'funding.unspecified', { n: parts.unspecified }) : '',
    parts.pending > 0 ? composed(language, 'funding.pending', { n: parts.pending }) : '',
  ].filter(Boolean);
  if (parts.total === null) {
    if (parts.matched === 0) return composed(language, 'funding.none');
    return [composed(language, 'funding.noneNow'), ...tail].join(sep);
  }
  const terms = parts.terms
    .map((t) =>
      composed(language, 'funding.term', {
        measure: content(t.measure),
        estimate: estimateWords(t.estimate, language),
      }),
    )
    .join(' + ');
  return [composed(language, 'funding.sum', { terms, total: amountOf(parts.total, language) }), ...tail].join(
    sep,
  );
}
