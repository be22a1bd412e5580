import { create } from 'zustand';
import type { PortfolioQuery } from '@contract/methods/portfolio';

export type PortfolioFilters = Partial<
  Pick<
    PortfolioQuery,
    'city' | 'industryCode' | 'status' | 'tierRank' | 'cmmmLevel' | 'smeLevel' | 'from' | 'to'
  >
>;

interface QueryState {
  readonly query: string;
  readonly filters: PortfolioFilters;
  readonly sort: PortfolioQuery['sort'];
  readonly direction: PortfolioQuery['direction'];
  readonly page: number;
  setQuery(query: string): void;
  setFilter<K extends keyof PortfolioFilters>(key: K, value: PortfolioFilters[K]): void;
  setSort(sort: PortfolioQuery['sort'], direction: PortfolioQuery['direction']): void;
  setPage(page: number): void;
}

/** The portfolio's filters survive leaving the page and coming back. */
export const usePortfolioQuery = create<QueryState>((set) => ({
  query: '',
  filters: {},
  sort: 'date',
  direction: 'desc',
  page: 1,
  setQuery: (query) => set({ query, page: 1 }),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value }, page: 1 })),
  setSort: (sort, direction) => set({ sort, direction, page: 1 }),
  setPage: (page) => set({ page }),
}));
