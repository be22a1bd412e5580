import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { creditCodeCheckChar } from '../../assessments/engine/credit-code';
import { callApi, startShellProcess, type RunningShell } from './web-shell-process';

/**
 * Nothing typed is lost: notes, the funding form and the enterprise form are saved while typing,
 * and what was typed last is still written when the consultant reloads, closes the tab or moves
 * on before the pause that would have saved it. Each test reads the store back through the API.
 */
const SCREENS = 'test-results/screens';
let shell: RunningShell;
test.beforeAll(async () => {
  shell = await startShellProcess();
});
test.afterAll(async () => shell.stop());

const base = () => shell.appUrl.replace(/#.*$/, '');
let codeSeq = 0;
/** A fresh, valid GB 32100 code per enterprise (the store refuses a code twice). */
const nextCode = () => {
  const first17 = `9144190000000${String(1000 + codeSeq++)}`;
  return `${first17}${creditCodeCheckChar(first17) ?? ''}`;
};

interface Seeded {
  enterpriseId: string;
  assessmentId: string;
}

async function seed(name: string): Promise<Seeded> {
  const creditCode = nextCode();
  const enterprise = await callApi<{ id: string }>(shell.appUrl, 'enterprise.save', {
    profile: {
      name,
      creditCode,
      region: { city: '中山市' },
      industryCode: '38',
      manufacturingType: 'discrete',
      employees: 80,
      revenueWan: 6000,
    },
  });
  const assessment = await callApi<{ id: string }>(shell.appUrl, 'assessment.create', {
    enterpriseId: enterprise.id,
    modelId: 'smart-factory-tiers',
    modelVersion: '2025.2',
  });
  return { enterpriseId: enterprise.id, assessmentId: assessment.id };
}

interface StoredAnswer {
  itemId: string;
  note: string;
}
const storedNotes = async (assessmentId: string) =>
  (
    await callApi<{ answers: StoredAnswer[] }>(shell.appUrl, 'assessment.get', { id: assessmentId })
  ).answers.map((a) => a.note);

/** Opens the app (which keeps its token for the session), then the screen at `hash`. */
async function openAt(page: Page, hash: string) {
  await page.goto(shell.appUrl);
  await expect(page.getByRole('heading', { name: '企业档案' })).toBeVisible();
  await page.goto(`${base()}${hash}`);
}

async function openQuestionnaire(page: Page, assessmentId: string) {
  await openAt(page, `#/diagnosis/${assessmentId}`);
  await expect(page.locator('.item-card').getByRole('radio').first()).toBeVisible();
  return page.getByRole('textbox', { name: '备注' });
}

test('a note is saved while typing, and the badge says 已保存 only once the store has it', async ({
  page,
}) => {
  const { assessmentId } = await seed('佛山注塑制品有限公司');
  const note = await openQuestionnaire(page, assessmentId);
  await note.click();
  await page.keyboard.type('车间已有 MES，但未与 ERP 对接');
  const badge = page.locator('.item-card .save-slot').getByRole('status');
  await expect(badge).toContainText('已保存');
  // the field still has the focus: saved without leaving it
  await expect(note).toBeFocused();
  expect(await storedNotes(assessmentId)).toEqual(['车间已有 MES，但未与 ERP 对接']);
  await page.screenshot({ path: path.join(SCREENS, 'autosave-note-saved.png') });
});

test('a note typed just before a reload is stored and shown again after it', async ({ page }) => {
  const { assessmentId } = await seed('江门五金制品有限公司');
  const note = await openQuestionnaire(page, assessmentId);
  await note.click();
  await page.keyboard.type('仓库扫码率约 60%');
  await page.reload();
  const after = page.getByRole('textbox', { name: '备注' });
  await expect(after).toHaveValue('仓库扫码率约 60%');
  await expect(page.locator('.item-card .save-slot').getByRole('status')).toContainText('已保存');
  expect(await storedNotes(assessmentId)).toEqual(['仓库扫码率约 60%']);
});

test('a note is written when the consultant moves to the next question or another tab at once', async ({
  page,
}) => {
  const { assessmentId } = await seed('东莞纸品包装有限公司');
  const note = await openQuestionnaire(page, assessmentId);
  await note.fill('第一题的备注');
  await page.getByRole('button', { name: '下一题' }).click();
  await expect(page.getByText(/^第 2 \/ \d+ 题$/)).toBeVisible();
  await page.getByRole('textbox', { name: '备注' }).fill('第二题的备注');
  await page.getByRole('tab', { name: '诊断结果' }).click();
  await expect.poll(() => storedNotes(assessmentId)).toEqual(['第一题的备注', '第二题的备注']);
});

test('a note typed just before the tab is closed is stored', async ({ browser }) => {
  const { assessmentId } = await seed('惠州电池材料有限公司');
  const page = await browser.newPage();
  const note = await openQuestionnaire(page, assessmentId);
  await note.click();
  await page.keyboard.type('关窗前最后一句');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => storedNotes(assessmentId)).toEqual(['关窗前最后一句']);
});

interface StoredFunding {
  fundingInputs: { investments: unknown[]; figures: Record<string, number> };
}
const storedFunding = async (assessmentId: string) =>
  (await callApi<{ assessment: StoredFunding }>(shell.appUrl, 'assessment.get', { id: assessmentId }))
    .assessment.fundingInputs;

test('资金与认定信息 is saved while typing and kept when the consultant opens 诊断结果 at once', async ({
  page,
}) => {
  const { assessmentId } = await seed('肇庆陶瓷有限公司');
  await openAt(page, `#/diagnosis/${assessmentId}/funding`);
  await page.getByLabel('当年 1–11 月营业收入').fill('5200');
  await page.getByRole('tab', { name: '诊断结果' }).click();
  await expect
    .poll(async () => (await storedFunding(assessmentId)).figures)
    .toEqual({
      revenueJanNovWan: 5200,
    });
  await page.getByRole('tab', { name: '资金与认定信息' }).click();
  await expect(page.getByLabel('当年 1–11 月营业收入')).toHaveValue('5200');

  await page.getByLabel('上年同期 1–11 月营业收入').fill('4800');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  expect((await storedFunding(assessmentId)).figures).toEqual({
    revenueJanNovWan: 5200,
    revenueJanNovPrevWan: 4800,
  });
});

test('资金与认定信息 typed just before a reload is stored', async ({ page }) => {
  const { assessmentId } = await seed('汕头玩具制造有限公司');
  await openAt(page, `#/diagnosis/${assessmentId}/funding`);
  await page.getByLabel('年度数据交易所场内交易总额').fill('35');
  await page.reload();
  await expect(page.getByLabel('年度数据交易所场内交易总额')).toHaveValue('35');
  expect((await storedFunding(assessmentId)).figures).toEqual({ dataExchangeTradeWan: 35 });
});

test('a half-written investment row is shown as invalid and never stored', async ({ page }) => {
  const { assessmentId } = await seed('揭阳五金有限公司');
  await openAt(page, `#/diagnosis/${assessmentId}/funding`);
  await page.getByLabel('首次入表的数据资源金额').fill('12');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.getByRole('button', { name: '添加计划投入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '有必填项未填或填写有误' })).toBeVisible();
  await page.reload();
  // the row without an amount never reached the store; what was valid before it did
  const stored = await storedFunding(assessmentId);
  expect(stored.investments).toEqual([]);
  expect(stored.figures).toEqual({ dataAssetBookedWan: 12 });
  await expect(page.getByText('尚未登记计划投入。')).toBeVisible();

  await page.getByRole('button', { name: '添加计划投入' }).click();
  await page.getByLabel('金额（万元）').fill('80');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENS, 'autosave-funding.png'), fullPage: true });
  expect((await storedFunding(assessmentId)).investments).toHaveLength(1);
});

interface StoredEnterprise {
  profile: { name: string; employees?: number };
}

test('an enterprise profile edit typed just before a reload is stored', async ({ page }) => {
  const { enterpriseId } = await seed('清远建材有限公司');
  await openAt(page, `#/enterprises/${enterpriseId}/edit`);
  const employees = page.getByLabel('从业人员（人）');
  await expect(employees).toHaveValue('80');
  await employees.fill('95');
  await page.reload();
  await expect(page.getByLabel('从业人员（人）')).toHaveValue('95');
  const stored = await callApi<StoredEnterprise>(shell.appUrl, 'enterprise.get', { id: enterpriseId });
  expect(stored.profile.employees).toBe(95);
});

test('an enterprise profile with an invalid credit code is not saved; fixing it saves', async ({ page }) => {
  const { enterpriseId } = await seed('云浮石材有限公司');
  await openAt(page, `#/enterprises/${enterpriseId}/edit`);
  const name = page.getByLabel('企业名称');
  await name.fill('云浮石材股份有限公司');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const code = page.getByLabel('统一社会信用代码');
  const good = await code.inputValue();
  await code.fill(`${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`);
  await expect(page.getByText(/校验码不符/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '有必填项未填或填写有误' })).toBeVisible();
  await name.fill('云浮石材集团有限公司');
  await page.reload();
  const stored = await callApi<StoredEnterprise>(shell.appUrl, 'enterprise.get', { id: enterpriseId });
  expect(stored.profile.name).toBe('云浮石材股份有限公司');
});
