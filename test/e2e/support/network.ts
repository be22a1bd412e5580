import type { Page } from '@playwright/test';

/** How many calls of an API method the page has sent so far (counted from now on). */
export function countCalls(page: Page, method: string): () => number {
  let sent = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith(`/api/${method}`)) sent++;
  });
  return () => sent;
}

/**
 * Holds every call of an API method before it reaches the store until `release()`, so a test can
 * look at the screen while the store has not answered yet. `held()` counts the calls waiting.
 */
export async function holdCalls(page: Page, method: string) {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = () => resolve()));
  let held = 0;
  await page.route(`**/api/${method}`, async (route) => {
    held++;
    await released;
    await route.continue();
  });
  return { held: () => held, release: () => release() };
}

/**
 * Stops the page's timers (Playwright's clock, installed before the page loaded): a pause that
 * would start an autosave never ends, so what the test types next can only be written by the
 * reload or close that follows, however slow the machine. Events and rendering go on.
 */
export async function stopTimers(page: Page): Promise<void> {
  await page.clock.pauseAt(Date.now() + 60_000);
}
