import type { Page } from '@playwright/test';
import path from 'node:path';

/** Where the e2e screenshots go (git-ignored): the screens a reviewer looks at. */
export const SCREENS = 'test-results/screens';

/** A screenshot named for what it shows, of the whole page unless `fullPage` is false. */
export const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage });
