/**
 * Money as each reader counts it. Policies, forms and the store count in 万元 (ten thousand yuan);
 * an English reader does not, so English text states whole yuan ("180,000 yuan") where Chinese
 * keeps 万元 as entered ("18万"): "18 ×10k CNY" read as a product, not as an amount.
 */
const YUAN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** An amount in 万元 as whole yuan, grouped, for English text: 18 → "180,000", 0.35 → "3,500". */
export function yuanAmount(wan: number): string {
  return YUAN.format(Math.round(wan * 10000));
}

/**
 * The number a catalog's `{amount}` shows for an amount in 万元: whole yuan in English, 万元 rounded
 * to `decimals` in Chinese (the catalogs write the unit: "{amount}万" / "{amount} yuan").
 */
export function amountOf(wan: number, language: string, decimals = 2): string {
  if (language === 'en') return yuanAmount(wan);
  const scale = 10 ** decimals;
  return String(Math.round(wan * scale) / scale);
}
