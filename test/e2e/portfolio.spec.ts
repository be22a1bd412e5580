import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi, startShellProcess, type RunningShell } from './web-shell-process';

/**
 * The portfolio as a consultant's office meets it at 1366×768: every assessment in one table,
 * filtered by city and searched; the roster exported as Excel; a questionnaire workbook sent to
 * an enterprise comes back with one bad row (row errors shown, nothing written until the
 * consultant chooses to keep the valid rows); several bundles imported at once with a summary.
 */
const SCREENS = 'test-results/screens';
const SAMPLE = path.resolve('test/fixtures/sample-bundle.sfdx');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENS, `${name}.png`) });

const profile = (name: string, creditCode: string, city: string) => ({
  name,
  creditCode,
  region: { province: '广东省', city },
  industryCode: '38',
  manufacturingType: 'discrete',
  employees: 120,
  revenueWan: 9000,
  qualifications: [],
  dcmmLevel: 0,
  independentAccounting: true,
  contact: '',
});

async function seed(shell: RunningShell) {
  const api = <T>(method: string, input: unknown) => callApi<T>(shell.appUrl, method, input);
  await api('bundle.import', { fileName: 'sample.sfdx', base64: readFileSync(SAMPLE).toString('base64') });
  const foshan = await api<{ id: string }>('enterprise.save', {
    profile: profile('佛山顺德名册测试电器有限公司', '91440300708461136T', '佛山市'),
  });
  const zhongshan = await api<{ id: string }>('enterprise.save', {
    profile: profile('中山名册测试灯饰有限公司', '91350100M000100Y43', '中山市'),
  });
  const model = { modelId: 'smart-factory-tiers', modelVersion: '2025.2', consultantName: '陈顾问' };
  const done = await api<{ id: string }>('assessment.create', { enterpriseId: foshan.id, ...model });
  await api('assessment.answer', {
    assessmentId: done.id,
    itemId: 'sf.status.tier-held',
    value: { kind: 'level', level: 1 },
  });
  await api('assessment.complete', { id: done.id });
  const draft = await api<{ id: string }>('assessment.create', { enterpriseId: zhongshan.id, ...model });
  return { draftId: draft.id };
}

let shell: RunningShell | undefined;
test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

test('portfolio: filter, search, roster export, workbook round trip with row errors, many bundles', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const work = mkdtempSync(path.join(os.tmpdir(), 'sfd-portfolio-'));
  shell = await startShellProcess();
  await seed(shell);
  await page.goto(shell.appUrl);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '名册' }).click();
  const table = page.getByRole('table', { name: '诊断名册' }).last();
  await expect(page.getByText('共 3 条评估')).toBeVisible();
  await expect(page.getByText('东莞市松湖智联电子科技有限公司')).toBeVisible();
  await shot(page, 'portfolio-00-all');

  // filter by city, then search
  await page.getByRole('combobox', { name: '地市' }).click();
  await page.getByTitle(/^佛山市（1）$/).click();
  await expect(page.getByText('共 1 条评估')).toBeVisible();
  await expect(table.getByText('佛山顺德名册测试电器有限公司')).toBeVisible();
  await shot(page, 'portfolio-01-city-filter');
  await page.getByRole('combobox', { name: '地市' }).locator('..').locator('..').hover();
  await page.locator('.ant-select-clear').first().click();
  await page.getByRole('searchbox', { name: /搜索企业名称/ }).fill('灯饰');
  await expect(page.getByText('共 1 条评估')).toBeVisible();
  await page.getByRole('searchbox', { name: /搜索企业名称/ }).fill('');
  await expect(page.getByText('共 3 条评估')).toBeVisible();

  // the roster: completed assessments only, one row per enterprise
  const [rosterDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出名册（Excel）' }).click(),
  ]);
  expect(rosterDownload.suggestedFilename()).toMatch(/^建档立卡名册-\d{8}\.xlsx$/);
  const rosterFile = path.join(work, 'roster.xlsx');
  await rosterDownload.saveAs(rosterFile);
  const roster = new ExcelJS.Workbook();
  await roster.xlsx.readFile(rosterFile);
  const names: string[] = [];
  roster.getWorksheet('建档立卡名册')!.eachRow((r) => {
    if (r.number > 1) names.push(String(r.getCell(1).value));
  });
  expect(names.sort()).toEqual(['东莞市松湖智联电子科技有限公司', '佛山顺德名册测试电器有限公司'].sort());
  // the competitive (择优) caps stand in their own column, beside and apart from 当前可申请,
  // each the same figure as the roster's ("—" where no competitive measure states an amount)
  const sheetRows = roster.getWorksheet('建档立卡名册')!;
  const capColumn = (sheetRows.getRow(1).values as unknown[]).indexOf('择优可争取（政策上限，万元）');
  expect(capColumn).toBeGreaterThan(0);
  await expect(table.getByRole('columnheader', { name: '择优可争取（政策上限，万元）' })).toBeVisible();
  const caps: [string, number][] = [];
  sheetRows.eachRow((r) => {
    if (r.number > 1) caps.push([String(r.getCell(1).value), Number(r.getCell(capColumn).value)]);
  });
  const capIndex = (await table.getByRole('columnheader').allTextContents()).indexOf(
    '择优可争取（政策上限，万元）',
  );
  for (const [name, cap] of caps) {
    const text = cap > 0 ? cap.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : '—';
    const row = table.getByRole('row').filter({ hasText: name });
    await expect(row.getByRole('cell').nth(capIndex)).toHaveText(text);
  }

  // questionnaire workbook for the draft: out, filled with one bad row, back in
  const [bookDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出问卷表 中山名册测试灯饰有限公司' }).click(),
  ]);
  const bookFile = path.join(work, bookDownload.suggestedFilename());
  await bookDownload.saveAs(bookFile);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(bookFile);
  const sheet = book.getWorksheet('问卷')!;
  sheet.getRow(2).getCell(5).value = '是'; // the first item is a yes/no question
  sheet.getRow(3).getCell(5).value = '很好';
  const filled = path.join(work, '填好的问卷.xlsx');
  writeFileSync(filled, Buffer.from(await book.xlsx.writeBuffer()));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '导入问卷表 中山名册测试灯饰有限公司' }).click(),
  ]);
  await chooser.setFiles(filled);
  const errors = page.getByRole('dialog', { name: '问卷表中有 1 行无法导入' });
  await expect(errors.getByText(/^第 3 行：/)).toBeVisible();
  await page.waitForTimeout(300);
  await shot(page, 'portfolio-02-workbook-row-errors');
  await errors.getByRole('button', { name: '只导入有效的 1 行' }).click();
  await expect(page.getByText('已从问卷表导入 1 道题的答案')).toBeVisible();

  // several bundles at once: one is the sample again, one is not a bundle
  const garbage = path.join(work, '损坏.sfdx');
  writeFileSync(garbage, 'not a bundle');
  const [many] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '批量导入评估包' }).click(),
  ]);
  await many.setFiles([SAMPLE, garbage]);
  const summary = page.getByRole('dialog', { name: '批量导入结果' });
  // the sample is already here: merged by revision, not refused
  await expect(
    summary.getByRole('row', { name: /^sample-bundle\.sfdx .*东莞市松湖智联电子科技有限公司$/ }),
  ).toBeVisible();
  await expect(summary.getByText('已拒绝')).toBeVisible();
  await expect(summary.getByText(/不是智造自诊评估包/)).toBeVisible();
  await page.waitForTimeout(300);
  await shot(page, 'portfolio-03-many-bundles');
});
