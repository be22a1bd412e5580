import { expect, test } from '@playwright/test';
import { useShell } from './support/shell';

const shell = useShell();

test('opens in Chinese, shows app.info, switches to English and 繁體中文', async ({ page }) => {
  await page.goto(shell.appUrl);
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('menuitem', { name: '企业' })).toBeVisible();
  for (const name of ['诊断', '报告', '设置'])
    await expect(nav.getByRole('menuitem', { name })).toBeVisible();
  // the token left the address bar but the session keeps it
  expect(page.url()).not.toContain('token=');

  await nav.getByRole('menuitem', { name: '设置' }).click();
  const info = page.getByRole('table').first();
  await expect(info).toContainText('智造自诊');
  await expect(info).toContainText(shell.dataDir);
  await expect(info).toContainText('浏览器模式');
  await page.screenshot({ path: 'test-results/screens/settings-zh-CN.png', fullPage: true });

  await page.getByText('English', { exact: true }).first().click();
  await expect(page.getByRole('radio', { name: 'English' }).first()).toBeChecked();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText('Enterprises');
  await expect(page.getByText('Browser mode')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/settings-en.png', fullPage: true });

  await page.getByText('繁體中文', { exact: true }).first().click();
  await expect(page.getByRole('navigation', { name: '主導覽' })).toContainText('企業');

  // the choice survives a reload, and so does the API token
  await page.reload();
  await expect(page.getByRole('navigation', { name: '主導覽' })).toContainText('設定');
  await expect(page.getByText('瀏覽器模式')).toBeVisible();
});
