import { expect, type Page } from '@playwright/test';
import { splitAppUrl } from '../web-shell-process';

/** Opens the app at the URL the shell printed (the page keeps its token for the session). */
export async function openApp(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: '企业档案' })).toBeVisible();
}

/** Moves the open app to the screen at `hash` (e.g. `#/diagnosis/<id>/funding`), token kept. */
export async function openHash(page: Page, appUrl: string, hash: string): Promise<void> {
  await page.goto(`${splitAppUrl(appUrl).base}${hash}`);
}

/** Opens the app, then the screen at `hash`. */
export async function openAt(page: Page, appUrl: string, hash: string): Promise<void> {
  await openApp(page, appUrl);
  await openHash(page, appUrl, hash);
}
