import { expect, test, type Page } from '@playwright/test';
import { openAt } from './support/open';
import { shot } from './support/screens';
import { callApi } from './web-shell-process';
import { importSample, nextCreditCode, seedAssessment, smallZhongshanFactory } from './support/seed';
import { useShell } from './support/shell';

/**
 * The page asks before it goes while text the consultant typed is not in the store: an answer
 * the store refused, or a form held back by an invalid field. Once the store has everything, the
 * page goes without a question. (The desktop shell shows its own dialog for the same request;
 * test/unit/security/electron-main.test.ts.)
 */
const shell = useShell();

/** Closes the page the way a reload or a closed tab would; true when the page asked first. */
async function closeAsks(page: Page): Promise<boolean> {
  let asked = false;
  page.once('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload';
    void dialog.dismiss(); // 留在本页: the page stays
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked || page.isClosed(), { timeout: 5_000 }).toBe(true);
  return asked;
}

async function openNote(page: Page) {
  const { assessmentId } = await seedAssessment(
    shell.appUrl,
    smallZhongshanFactory('肇庆电子元件有限公司', nextCreditCode()),
  );
  await openAt(page, shell.appUrl, `#/diagnosis/${assessmentId}`);
  await expect(page.locator('.item-card').getByRole('radio').first()).toBeVisible();
  return page.getByRole('textbox', { name: '备注' });
}

test('a note the store refused keeps the page from going without a question', async ({ page }) => {
  const note = await openNote(page);
  await page.route('**/api/assessment.answer', (route) => route.abort('failed'));
  await note.click();
  await page.keyboard.type('空压机房已加装电表');
  await expect(page.locator('.item-card').getByRole('alert')).toContainText('未保存');
  await shot(page, 'leave-guard-refused', false);
  expect(await closeAsks(page)).toBe(true);
  expect(page.isClosed()).toBe(false);
  await expect(note).toHaveValue('空压机房已加装电表'); // stayed: the text is still there to retry
});

test('once the store has the note, the page goes without a question', async ({ page }) => {
  const note = await openNote(page);
  await note.click();
  await page.keyboard.type('空压机房已加装电表');
  await expect(page.locator('.item-card .save-slot').getByRole('status')).toContainText('已保存');
  expect(await closeAsks(page)).toBe(false);
  expect(page.isClosed()).toBe(true);
});

test('a form held back by an invalid field keeps the page from going without a question', async ({
  page,
}) => {
  const assessmentId = await importSample(shell.appUrl);
  await callApi(shell.appUrl, 'assessment.reopen', { id: assessmentId });
  await openAt(page, shell.appUrl, `#/diagnosis/${assessmentId}/funding`);
  const card = page.locator('#funding-application-card');
  await card.scrollIntoViewIfNeeded({ timeout: 20_000 });
  await card.getByLabel('关键工序数控化率（%）').fill('120');
  await expect(page.getByText('有必填项未填或填写有误，这次修改尚未保存')).toBeVisible();
  expect(await closeAsks(page)).toBe(true);
  await expect(card.getByLabel('关键工序数控化率（%）')).toHaveValue('120');
});
