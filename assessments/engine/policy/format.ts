/** Rounding of amounts (万元) and ratios; the words around them come from the catalogs. */

/** Chinese display of an amount (万元), for the sentences not yet composed from catalogs. */
export function fmtWan(wan: number): string {
  return `${roundWan(wan)}万`;
}

/** A ratio as a percentage rounded to 0.01 (0.125 → 12.5). */
export function percent(ratio: number): number {
  return Math.round(ratio * 10000) / 100;
}

export function roundWan(wan: number): number {
  return Math.round(wan * 100) / 100;
}
