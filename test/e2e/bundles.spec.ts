import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AnswerValue } from '../../assessments/engine/answer';
import { callApi, splitAppUrl, startShellProcess, type RunningShell } from './web-shell-process';

/**
 * Moving work between PCs, and the recovery notice, as the consultant meets them:
 * (a) an assessment answered on one PC (shell A) is exported through the UI as a .sfdx bundle,
 *     imported through the UI on another PC (shell B, empty data folder) and shows up there with
 *     its enterprise and answers; importing it again says nothing changed; a damaged file and a
 *     wrong file type are refused with a specific message;
 * (b) a data folder whose database file is garbage opens with a recovery banner that says what
 *     happened and where the damaged file went.
 */
const SCREENS = 'test-results/screens';
const ENTERPRISE = '佛山市顺德区迁移测试电器有限公司';
const PROFILE = {
  name: ENTERPRISE,
  creditCode: '91440300708461136T',
  region: { province: '广东省', city: '佛山市' },
  industryCode: '38',
  manufacturingType: 'discrete',
  employees: 420,
  revenueWan: 26000,
  qualifications: ['above-scale'],
  dcmmLevel: 0,
  independentAccounting: true,
  contact: '',
};
const ANSWERS: ReadonlyArray<[string, AnswerValue]> = [
  ['cmmm.strategy.l1', { kind: 'satisfaction', value: 'full' }],
  ['cmmm.strategy.l2', { kind: 'satisfaction', value: 'partial' }],
  ['sf.status.tier-held', { kind: 'level', level: 1 }],
];
/** what the history and progress count: the answers above plus 规模以上工业企业, answered from the profile */
const ANSWERED = ANSWERS.length + 1;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });

/** The API from the test's side, on one shell. */
function api<T>(shell: RunningShell, method: string, input: unknown): Promise<T> {
  return callApi<T>(shell.appUrl, method, input);
}

interface Stored {
  assessment: { id: string; enterpriseId: string; revision: number };
  answers: Array<{ itemId: string; value: AnswerValue | null }>;
}

async function seed(shell: RunningShell): Promise<{ enterpriseId: string; assessmentId: string }> {
  const enterprise = await api<{ id: string }>(shell, 'enterprise.save', { profile: PROFILE });
  const assessment = await api<{ id: string }>(shell, 'assessment.create', {
    enterpriseId: enterprise.id,
    modelId: 'smart-factory-tiers',
    modelVersion: '2025.2',
  });
  for (const [itemId, value] of ANSWERS)
    await api(shell, 'assessment.answer', { assessmentId: assessment.id, itemId, value });
  return { enterpriseId: enterprise.id, assessmentId: assessment.id };
}

async function saved(download: Download, dir: string): Promise<string> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Opens the import dialog from the enterprises page and picks a file with the system file chooser. */
async function chooseBundle(page: Page, file: string): Promise<Locator> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '企业' }).click();
  await page.getByRole('button', { name: '导入评估包' }).click();
  const dialog = page.getByRole('dialog', { name: '导入评估包' });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: /点击选择评估包/ }).click(),
  ]);
  await chooser.setFiles(file);
  return dialog;
}

let shells: RunningShell[] = [];
test.afterEach(async () => {
  await Promise.all(shells.map((s) => s.stop()));
  shells = [];
});

test('an assessment exported on one PC is imported on another with its enterprise and answers', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const work = mkdtempSync(path.join(os.tmpdir(), 'sfd-bundles-'));
  const factoryPc = await startShellProcess();
  shells.push(factoryPc);
  const { enterpriseId, assessmentId } = await seed(factoryPc);
  const original = await api<Stored>(factoryPc, 'assessment.get', { id: assessmentId });

  // ---- PC A: export from the assessment header, and from the history row --------------------
  await page.goto(factoryPc.appUrl);
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await page.goto(`${splitAppUrl(factoryPc.appUrl).base}#/diagnosis/${assessmentId}`);
  await expect(page.getByRole('heading', { name: ENTERPRISE })).toBeVisible();
  const [fromHeader] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出评估包' }).click(),
  ]);
  expect(fromHeader.suggestedFilename()).toMatch(/\.sfdx$/);
  const bundle = await saved(fromHeader, work);
  await expect(page.getByText(`评估包 ${fromHeader.suggestedFilename()} 已下载`)).toBeVisible();
  await shot(page, 'bundle-00-export-header');

  await page.goto(`${splitAppUrl(factoryPc.appUrl).base}#/enterprises/${enterpriseId}`);
  const history = page.getByRole('table', { name: '评估历史' });
  const [fromRow] = await Promise.all([
    page.waitForEvent('download'),
    history.getByRole('button', { name: /^导出 .+ 创建的评估的评估包$/ }).click(),
  ]);
  expect(fromRow.suggestedFilename()).toBe(fromHeader.suggestedFilename());
  await shot(page, 'bundle-00-export-history');

  // ---- PC B: an empty data folder imports the bundle through the UI --------------------------
  const laptop = await startShellProcess();
  shells.push(laptop);
  await page.goto(laptop.appUrl);
  await expect(page.getByText('还没有企业档案')).toBeVisible();
  let dialog = await chooseBundle(page, bundle);
  await expect(dialog.getByText(`已选择：${path.basename(bundle)}`)).toBeVisible();
  await page.waitForTimeout(300); // let the dialog finish its entrance before the screenshot
  await shot(page, 'bundle-01-import-dialog');
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  const outcome = dialog.getByRole('status');
  await expect(outcome).toContainText('已导入新的评估');
  await expect(outcome).toContainText(`企业：${ENTERPRISE}（本机新建档案）`);
  await shot(page, 'bundle-02-imported');

  // the enterprise list behind the dialog has already read again
  await dialog.getByRole('button', { name: '查看企业档案' }).click();
  await expect(page.getByRole('heading', { name: ENTERPRISE })).toBeVisible();
  await expect(page.getByText(PROFILE.creditCode)).toBeVisible();
  const imported = page.getByRole('table', { name: '评估历史' });
  await expect(imported.getByRole('row')).toHaveCount(2);
  // answered / asked, counted as the walkthrough counts them
  await expect(imported.getByRole('cell', { name: new RegExp(`^${ANSWERED} / \\d+$`) })).toBeVisible();
  await imported.getByRole('button', { name: '继续' }).click();
  await expect(page.getByRole('heading', { name: ENTERPRISE })).toBeVisible();
  await expect(page.getByText(new RegExp(`总进度：已答 ${ANSWERED} / \\d+ 题`))).toBeVisible();

  const copy = await api<Stored>(laptop, 'assessment.get', { id: assessmentId });
  expect(copy.assessment.enterpriseId).toBe(enterpriseId);
  expect(copy.answers.map((a) => [a.itemId, a.value])).toEqual(
    original.answers.map((a) => [a.itemId, a.value]),
  );

  // ---- importing the same bundle again changes nothing ---------------------------------------
  dialog = await chooseBundle(page, bundle);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('内容相同，未做更改');
  await expect(dialog.getByRole('status')).toContainText('按统一社会信用代码匹配到本机已有档案');
  await dialog.getByRole('button', { name: '关闭' }).first().click();
  expect((await api<Stored>(laptop, 'assessment.get', { id: assessmentId })).assessment.revision).toBe(
    copy.assessment.revision,
  );

  // ---- a damaged bundle: the server's specific message; a wrong file: refused before reading --
  const broken = path.join(work, '损坏的评估包.sfdx');
  writeFileSync(broken, readFileSync(bundle).subarray(0, 200));
  dialog = await chooseBundle(page, broken);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('导入被拒绝');
  await expect(refusal).toContainText('无法导入评估包：');
  await shot(page, 'bundle-03-import-rejected');
  const notes = path.join(work, 'notes.txt');
  writeFileSync(notes, 'not a bundle');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: /点击选择评估包/ }).click(),
  ]);
  await chooser.setFiles(notes);
  await expect(dialog.getByRole('alert')).toHaveText('“notes.txt”不是评估包：请选择扩展名为 .sfdx 的文件');
  await expect(dialog.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
});

test('a garbage database file is recovered and the banner says what happened', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sfd-recovery-'));
  writeFileSync(path.join(dataDir, 'sfd.sqlite'), Buffer.from('这不是数据库文件 '.repeat(400)));
  const shell = await startShellProcess(dataDir);
  shells.push(shell);
  await page.goto(shell.appUrl);
  const banner = page.getByRole('alert').filter({ hasText: '数据库文件损坏，已自动恢复' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('数据库文件已损坏（不是有效的数据库文件）');
  await expect(banner).toContainText(/原文件已改名保留为 sfd\.sqlite\.damaged-\S+，没有删除/);
  await expect(banner).toContainText('没有找到完好的备份，已新建一个空数据库');
  await shot(page, 'recovery-01-banner');

  // the app works underneath, and the settings page says when the last backup was taken
  await expect(page.getByText('还没有企业档案')).toBeVisible();
  await banner.getByRole('button', { name: '查看备份' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^最近一次备份：/ })).toBeVisible();
  await expect(page.locator('.ant-spin-blur')).toHaveCount(0);
  await shot(page, 'recovery-02-settings');

  // dismissed once, it stays dismissed on reload
  await banner.getByRole('button', { name: '关闭恢复提示' }).click();
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  await expect(page.getByText('数据库文件损坏，已自动恢复')).toHaveCount(0);
});
