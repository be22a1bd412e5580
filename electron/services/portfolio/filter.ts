import { chinaDay } from '@engine/china-day';
import type { PortfolioFilter, PortfolioQuery, PortfolioRow } from '@contract/methods/portfolio';

function matchesQuery(row: PortfolioRow, query: string): boolean {
  if (!query) return true;
  const q = query.toUpperCase();
  return [row.enterpriseName, row.creditCode, row.city, row.district ?? '', row.consultantName].some((text) =>
    text.toUpperCase().includes(q),
  );
}

/** Minimum levels: "先进级" means 先进级 or higher, as a consultant filtering for candidates reads it. */
const atLeast = (value: number | null, min: number | undefined) =>
  min === undefined || (value !== null && value >= min);

export function matchesFilter(row: PortfolioRow, f: PortfolioFilter): boolean {
  const day = f.from || f.to ? chinaDay(row.date) : '';
  return (
    (f.city === undefined || row.city === f.city) &&
    (f.district === undefined || row.district === f.district) &&
    (f.industryCode === undefined || row.industryCode === f.industryCode) &&
    (f.status === undefined || row.status === f.status) &&
    atLeast(row.tierRank, f.tierRank) &&
    atLeast(row.cmmmLevel, f.cmmmLevel) &&
    atLeast(row.smeLevel, f.smeLevel) &&
    (f.from === undefined || day >= f.from) &&
    (f.to === undefined || day <= f.to) &&
    matchesQuery(row, f.query)
  );
}

/** One row per enterprise: its latest completed assessment (the roster's unit), in the given order. */
export function latestCompletedPerEnterprise<T extends { row: PortfolioRow }>(entries: readonly T[]): T[] {
  const best = new Map<string, T>();
  for (const entry of entries) {
    if (entry.row.status !== 'completed') continue;
    const held = best.get(entry.row.enterpriseId);
    if (!held || entry.row.date > held.row.date) best.set(entry.row.enterpriseId, entry);
  }
  const chosen = new Set(best.values());
  return entries.filter((e) => chosen.has(e));
}

const collator = new Intl.Collator('zh-CN');

function compare(a: PortfolioRow, b: PortfolioRow, sort: PortfolioQuery['sort']): number {
  const x = a[sort];
  const y = b[sort];
  if (x === y) return 0;
  // unknown values sort last whatever the direction is
  if (x === null) return 1;
  if (y === null) return -1;
  return typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : x < y ? -1 : 1;
}

export function sortRows<T extends { row: PortfolioRow }>(
  entries: T[],
  sort: PortfolioQuery['sort'],
  direction: PortfolioQuery['direction'],
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return entries.sort((a, b) => {
    const c = compare(a.row, b.row, sort);
    if (c !== 0 && a.row[sort] !== null && b.row[sort] !== null) return sign * c;
    return c !== 0 ? c : a.row.assessmentId < b.row.assessmentId ? -1 : 1;
  });
}

export function selectEntries<T extends { row: PortfolioRow }>(
  entries: readonly T[],
  f: PortfolioFilter,
): T[] {
  const pool = f.latestCompleted ? latestCompletedPerEnterprise(entries) : entries;
  return pool.filter((e) => matchesFilter(e.row, f));
}
