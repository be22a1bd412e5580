import type { SizeClass } from './enterprise';

/**
 * Industrial enterprise size classes (划型) from employees and operating revenue.
 * Thresholds are data so a revised standard can replace them without touching the rule.
 */
export interface SizeThresholds {
  readonly source: string;
  /** lower bounds, inclusive; revenue in 万元 */
  readonly large: { readonly employees: number; readonly revenueWan: number };
  readonly medium: { readonly employees: number; readonly revenueWan: number };
  readonly small: { readonly employees: number; readonly revenueWan: number };
}

export const INDUSTRY_SIZE_THRESHOLDS: SizeThresholds = {
  source: '工信部联企业〔2011〕300号《中小企业划型标准规定》（工业）',
  large: { employees: 1000, revenueWan: 40000 },
  medium: { employees: 300, revenueWan: 2000 },
  small: { employees: 20, revenueWan: 300 },
};

/**
 * Large needs both figures at the large bound; medium and small need both at their lower bound;
 * anything with either figure below the small bound is micro.
 */
export function deriveSizeClass(
  employees: number,
  revenueWan: number,
  thresholds: SizeThresholds = INDUSTRY_SIZE_THRESHOLDS,
): SizeClass {
  const reaches = (bound: { employees: number; revenueWan: number }): boolean =>
    employees >= bound.employees && revenueWan >= bound.revenueWan;
  if (reaches(thresholds.large)) return 'large';
  if (reaches(thresholds.medium)) return 'medium';
  if (reaches(thresholds.small)) return 'small';
  return 'micro';
}
