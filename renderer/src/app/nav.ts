import { create } from 'zustand';

export const PAGES = ['enterprises', 'diagnosis', 'report', 'settings'] as const;
export type Page = (typeof PAGES)[number];

function pageFromHash(hash: string): Page {
  const name = hash.replace(/^#\/?/, '').split('/')[0];
  return (PAGES as readonly string[]).includes(name ?? '') ? (name as Page) : 'enterprises';
}

interface NavState {
  page: Page;
  go(page: Page): void;
}

/** Current page, mirrored in location.hash so a reload lands where the consultant was. */
export const useNav = create<NavState>((set) => ({
  page: pageFromHash(window.location.hash),
  go(page) {
    window.location.hash = `#/${page}`;
    set({ page });
  },
}));

window.addEventListener('hashchange', () => useNav.setState({ page: pageFromHash(window.location.hash) }));
