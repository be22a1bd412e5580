import { create } from 'zustand';

export const PAGES = ['enterprises', 'portfolio', 'diagnosis', 'report', 'settings'] as const;
export type Page = (typeof PAGES)[number];

export interface Route {
  readonly page: Page;
  /** what follows the page in the hash, e.g. ['<assessmentId>', 'results'] */
  readonly parts: readonly string[];
}

export function routeFromHash(hash: string): Route {
  const [name = '', ...parts] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map((p) => decodeURIComponent(p));
  const page = (PAGES as readonly string[]).includes(name) ? (name as Page) : 'enterprises';
  return { page, parts: page === name ? parts.filter(Boolean) : [] };
}

export function hashOf(page: Page, ...parts: string[]): string {
  return `#/${[page, ...parts].map(encodeURIComponent).join('/')}`;
}

interface NavState extends Route {
  go(page: Page, ...parts: string[]): void;
}

/** Current screen, mirrored in location.hash so a reload lands where the consultant was. */
export const useNav = create<NavState>((set) => ({
  ...routeFromHash(window.location.hash),
  go(page, ...parts) {
    window.location.hash = hashOf(page, ...parts);
    set({ page, parts });
  },
}));

window.addEventListener('hashchange', () => useNav.setState(routeFromHash(window.location.hash)));
