/** Chinese display of amounts (万元) and ratios used in formulas. */

export function fmtWan(wan: number): string {
  const rounded = Math.round(wan * 100) / 100;
  return `${rounded}万`;
}

export function fmtRatio(ratio: number): string {
  const pct = Math.round(ratio * 10000) / 100;
  return `${pct}%`;
}

export function roundWan(wan: number): number {
  return Math.round(wan * 100) / 100;
}
