import { expect, test, type Page } from '@playwright/test';
import { callApi } from './web-shell-process';
import { countCalls, holdCalls, stopTimers } from './support/network';
import { openAt } from './support/open';
import { shot } from './support/screens';
import { nextCreditCode, seedAssessment, smallZhongshanFactory } from './support/seed';
import { useShell } from './support/shell';

/**
 * The two cards of the 资金与认定信息 tab that feed the report and the application forms, as a
 * consultant types in them and reloads: 报告署名 (who signs this assessment's report) and
 * 申报表填报数据 (the figures the application forms ask for). What was typed survives a reload
 * that comes before the autosave pause as well as one after it; "已保存" appears only once the
 * store answered; a value a rule refuses is never stored and the last valid one stays. Each test
 * reads the store back through the API.
 */
const shell = useShell();
/** the tab loads the assessment, its enterprise and its model: slow on a busy machine */
const LOADING = { timeout: 30_000 };

interface StoredAssessment {
  consultantName: string;
  consultantOrg: string;
  fundingInputs: { application?: Record<string, unknown> };
}
const stored = async (assessmentId: string) =>
  (await callApi<{ assessment: StoredAssessment }>(shell.appUrl, 'assessment.get', { id: assessmentId }))
    .assessment;

const peopleCard = (page: Page) => page.locator('#report-people-card');
const applicationCard = (page: Page) => page.locator('#funding-application-card');

/** A fresh assessment with its 资金与认定信息 tab open. */
async function openFundingTab(page: Page, name: string): Promise<string> {
  const { assessmentId } = await seedAssessment(shell.appUrl, smallZhongshanFactory(name, nextCreditCode()));
  await page.clock.install(); // time runs as usual until a test stops it
  await openAt(page, shell.appUrl, `#/diagnosis/${assessmentId}/funding`);
  await expect(peopleCard(page)).toBeVisible(LOADING);
  return assessmentId;
}

/** Reloads the page as the consultant would (F5) and waits for the tab to be drawn again. */
async function reload(page: Page): Promise<void> {
  await page.reload();
  await expect(applicationCard(page)).toBeVisible(LOADING);
}

/** The funding form's own save state (the 申报表填报数据 card is saved with that form). */
const fundingStatus = (page: Page) => page.getByRole('form', { name: '资金与认定信息' }).getByRole('status');

test.describe('报告署名', () => {
  test('typed just before a reload (inside the pause) is stored and shown again', async ({ page }) => {
    const assessmentId = await openFundingTab(page, '中山灯具配件有限公司');
    const sent = countCalls(page, 'assessment.setPeople');
    await stopTimers(page);
    await peopleCard(page).getByLabel('诊断顾问').click();
    await page.keyboard.type('陈顾问');
    expect(sent()).toBe(0); // still inside the pause: only the reload can write it
    await reload(page);
    await expect(peopleCard(page).getByLabel('诊断顾问')).toHaveValue('陈顾问');
    expect((await stored(assessmentId)).consultantName).toBe('陈顾问');
  });

  test('已保存 appears only once the store answered, and a reload after it keeps the text', async ({
    page,
  }) => {
    const assessmentId = await openFundingTab(page, '中山五金模具有限公司');
    const writes = await holdCalls(page, 'assessment.setPeople');
    const card = peopleCard(page);
    await card.getByLabel('服务机构').click();
    await page.keyboard.type('东莞市智能制造服务中心');
    await expect.poll(writes.held).toBe(1); // the pause ended and the card was sent
    const status = card.getByRole('status');
    await expect(status).toContainText('正在保存');
    await expect(status).not.toContainText('已保存');
    expect((await stored(assessmentId)).consultantOrg).toBe('');
    writes.release();
    await expect(status).toContainText('已保存');
    expect((await stored(assessmentId)).consultantOrg).toBe('东莞市智能制造服务中心');

    await page.unrouteAll();
    await reload(page);
    await expect(peopleCard(page).getByLabel('服务机构')).toHaveValue('东莞市智能制造服务中心');
  });

  test('what is typed after a save and before the next pause survives a reload', async ({ page }) => {
    const assessmentId = await openFundingTab(page, '中山电声器材有限公司');
    const card = peopleCard(page);
    await card.getByLabel('诊断顾问').click();
    await page.keyboard.type('陈');
    await expect(card.getByRole('status')).toContainText('已保存');
    await stopTimers(page);
    await page.keyboard.type('立新');
    await reload(page);
    await expect(peopleCard(page).getByLabel('诊断顾问')).toHaveValue('陈立新');
    expect((await stored(assessmentId)).consultantName).toBe('陈立新');
  });

  test('a name over 60 characters is refused and never stored; the last valid one stays', async ({
    page,
  }) => {
    const assessmentId = await openFundingTab(page, '中山家电配件有限公司');
    const card = peopleCard(page);
    const name = card.getByLabel('诊断顾问');
    await name.fill('陈立新');
    await expect(card.getByRole('status')).toContainText('已保存');
    await name.fill('陈'.repeat(61));
    await expect(card.getByText('诊断顾问姓名不能超过 60 个字')).toBeVisible();
    await expect(card.getByRole('status')).toContainText('有必填项未填或填写有误');
    await reload(page);
    await expect(peopleCard(page).getByLabel('诊断顾问')).toHaveValue('陈立新');
    expect((await stored(assessmentId)).consultantName).toBe('陈立新');
  });
});

test.describe('申报表填报数据', () => {
  test('typed just before a reload (inside the pause) is stored and shown again', async ({ page }) => {
    const assessmentId = await openFundingTab(page, '中山塑料制品有限公司');
    const sent = countCalls(page, 'assessment.saveFunding');
    await stopTimers(page);
    await applicationCard(page).getByLabel('系统集成商 / 服务商').click();
    await page.keyboard.type('顺德集成');
    expect(sent()).toBe(0); // still inside the pause
    await reload(page);
    await expect(applicationCard(page).getByLabel('系统集成商 / 服务商')).toHaveValue('顺德集成');
    expect((await stored(assessmentId)).fundingInputs.application).toEqual({
      integrator: '顺德集成',
      kpis: {},
    });
  });

  test('已保存 appears only once the store answered, and a reload after it keeps the figure', async ({
    page,
  }) => {
    const assessmentId = await openFundingTab(page, '中山金属制品有限公司');
    const writes = await holdCalls(page, 'assessment.saveFunding');
    await applicationCard(page).getByLabel('关键工序数控化率（%）').click();
    await page.keyboard.type('72.5');
    await expect.poll(writes.held).toBe(1);
    await expect(fundingStatus(page)).toContainText('正在保存');
    await expect(fundingStatus(page)).not.toContainText('已保存');
    expect((await stored(assessmentId)).fundingInputs.application).toBeUndefined();
    writes.release();
    await expect(fundingStatus(page)).toContainText('已保存');
    expect((await stored(assessmentId)).fundingInputs.application).toEqual({
      integrator: '',
      cncRatePercent: 72.5,
      kpis: {},
    });

    await page.unrouteAll();
    await reload(page);
    await expect(applicationCard(page).getByLabel('关键工序数控化率（%）')).toHaveValue('72.5');
  });

  test('an indicator value without its unit is never stored; with the unit it survives a reload at once', async ({
    page,
  }) => {
    const assessmentId = await openFundingTab(page, '中山包装材料有限公司');
    const card = applicationCard(page);
    await card.getByLabel('系统集成商 / 服务商').fill('广州智能装备集成有限公司');
    await expect(fundingStatus(page)).toContainText('已保存');
    await card.getByLabel('生产效率：改造前数值').click();
    await page.keyboard.type('12');
    await expect(card.getByText('填写了数值的指标须注明单位')).toBeVisible();
    await expect(fundingStatus(page)).toContainText('有必填项未填或填写有误');
    await reload(page);
    // the row without a unit never reached the store; what was valid before it did
    await expect(applicationCard(page).getByLabel('生产效率：改造前数值')).toHaveValue('');
    expect((await stored(assessmentId)).fundingInputs.application).toEqual({
      integrator: '广州智能装备集成有限公司',
      kpis: {},
    });

    await stopTimers(page);
    await applicationCard(page).getByLabel('生产效率：改造前数值').click();
    await page.keyboard.type('12');
    await applicationCard(page).getByLabel('生产效率：单位').click();
    await page.keyboard.type('件/人·时');
    await reload(page);
    await expect(applicationCard(page).getByLabel('生产效率：单位')).toHaveValue('件/人·时');
    expect((await stored(assessmentId)).fundingInputs.application).toEqual({
      integrator: '广州智能装备集成有限公司',
      kpis: { efficiency: { before: 12, unit: '件/人·时', beforePeriod: '', afterPeriod: '' } },
    });
  });
});

test('both cards typed just before one reload are both stored', async ({ page }) => {
  const assessmentId = await openFundingTab(page, '中山照明电器有限公司');
  await stopTimers(page);
  await peopleCard(page).getByLabel('诊断顾问').click();
  await page.keyboard.type('黄顾问');
  await applicationCard(page).getByLabel('系统集成商 / 服务商').click();
  await page.keyboard.type('江门集成');
  await shot(page, 'autosave-report-inputs-typed');
  await reload(page);
  await expect(peopleCard(page).getByLabel('诊断顾问')).toHaveValue('黄顾问');
  await expect(applicationCard(page).getByLabel('系统集成商 / 服务商')).toHaveValue('江门集成');
  const after = await stored(assessmentId);
  expect(after.consultantName).toBe('黄顾问');
  expect(after.fundingInputs.application).toEqual({ integrator: '江门集成', kpis: {} });
});
