import { test, expect } from '@playwright/test';
import { startShellProcess } from '/work/main/test/e2e/web-shell-process';
test('explore', async ({ page }) => {
  test.setTimeout(60000);
  const shell = await startShellProcess();
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(shell.appUrl);
  await page.getByRole('button', { name: '新建企业' }).click({ timeout: 5000 });
  console.log('clicked new');
  await page.getByLabel('企业名称').fill('东莞市精工智造电子有限公司', { timeout: 5000 });
  console.log('filled name');
  await page.getByLabel('统一社会信用代码').fill('91440300708461136a', { timeout: 5000 });
  await expect(page.getByText('校验码不符：按 GB 32100 计算，最后一位应为 T')).toBeVisible({ timeout: 5000 });
  console.log('error shown');
  await page.screenshot({ path: '/tmp/h6/pw/form.png', fullPage: true });
  await shell.stop();
});
