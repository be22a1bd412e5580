import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { callApi, splitAppUrl } from './web-shell-process';
import { importSample } from './support/seed';
import { useShell } from './support/shell';

/**
 * What the report and the application forms need, as a consultant enters it: the signatories of
 * one assessment, the application-form figures (a rate out of range is refused with a reason, not
 * clamped), the gap list in the enterprise's own units, and a radar whose axis names stay inside
 * the chart in every language. Screenshots (1366×768): test-results/screens/report-inputs-*.png.
 */
const SCREENS = 'test-results/screens';

const shell = useShell();
let assessmentId: string;

test.beforeAll(async () => {
  assessmentId = await importSample(shell.appUrl);
  // the sample is completed; reopen it so its inputs can change
  await callApi(shell.appUrl, 'assessment.reopen', { id: assessmentId });
});

interface Stored {
  assessment: {
    revision: number;
    consultantName: string;
    consultantOrg: string;
    fundingInputs: { application?: { cncRatePercent?: number; integrator?: string } };
  };
}
const stored = () => callApi<Stored>(shell.appUrl, 'assessment.get', { id: assessmentId });

async function open(page: Page, tab: string, language = 'zh-CN') {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.appUrl);
  await page.evaluate((lang) => localStorage.setItem('sfd.lang', lang), language);
  await page.goto(`${splitAppUrl(shell.appUrl).base}#/diagnosis/${assessmentId}/${tab}`);
  await page.reload();
}

test('the signatories are set per assessment and autosaved; 已保存 once the store has them', async ({
  page,
}) => {
  await open(page, 'funding');
  const card = page.locator('#report-people-card');
  await expect(card).toBeVisible({ timeout: 20_000 });
  await card.getByLabel('诊断顾问').fill('陈顾问');
  await card.getByLabel('服务机构').fill('东莞市智能制造服务中心');
  await expect(card.getByRole('status')).toContainText('已保存');
  const after = await stored();
  expect(after.assessment).toMatchObject({
    consultantName: '陈顾问',
    consultantOrg: '东莞市智能制造服务中心',
  });
  await page.screenshot({ path: path.join(SCREENS, 'report-inputs-people.png') });
});

test('application figures: a rate above 100 % is refused with a reason, a valid one saved', async ({
  page,
}) => {
  await open(page, 'funding');
  const card = page.locator('#funding-application-card');
  await card.scrollIntoViewIfNeeded({ timeout: 20_000 });
  const revision = (await stored()).assessment.revision;
  const rate = card.getByLabel('关键工序数控化率（%）');
  await rate.fill('120');
  await expect(card.getByText('请填写 0–100 之间的百分比（不含 % 号）')).toBeVisible();
  await expect(page.getByText('有必填项未填或填写有误，这次修改尚未保存')).toBeVisible();
  await rate.blur();
  await expect(rate).toHaveValue('120'); // kept as typed, never clamped to 100
  await card.screenshot({ path: path.join(SCREENS, 'report-inputs-rate-refused.png') });
  expect((await stored()).assessment.revision).toBe(revision);

  await rate.fill('72.5');
  await card.getByLabel('系统集成商 / 服务商').fill('广州某智能装备系统集成有限公司');
  await card.getByLabel('生产效率：改造前数值').fill('12');
  await card.getByLabel('生产效率：单位').fill('件/人·时');
  await expect(page.getByRole('status').filter({ hasText: '已保存' }).last()).toBeVisible({
    timeout: 20_000,
  });
  await expect
    .poll(async () => (await stored()).assessment.fundingInputs.application?.cncRatePercent)
    .toBe(72.5);
  await card.screenshot({ path: path.join(SCREENS, 'report-inputs-application.png') });
});

test('the gap list reads entered → needed in the unit entered', async ({ page }) => {
  await open(page, 'results');
  await expect(page.getByRole('table').first()).toBeVisible({ timeout: 20_000 });
  const readings = page.locator('.gap-reading');
  await expect(readings.first()).toBeVisible();
  const texts = await readings.allInnerTexts();
  expect(texts.every((t) => t.startsWith('现状 → 目标：') && t.includes('→'))).toBe(true);
  await page.screenshot({ path: path.join(SCREENS, 'report-inputs-gaps.png') });
});

for (const language of ['zh-CN', 'en', 'zh-TW'] as const) {
  for (const width of [1366, 1024]) {
    test(`radar axis names inside the chart, ${language} at ${width} px`, async ({ page }) => {
      await open(page, 'results', language);
      await page.setViewportSize({ width, height: 768 });
      const chart = page.locator('.radar-chart');
      await expect(chart.locator('svg text').first()).toBeVisible({ timeout: 20_000 });
      await page.waitForTimeout(600);
      const frame = await chart.boundingBox();
      if (!frame) throw new Error('the radar is not drawn');
      const outside: string[] = [];
      const texts = chart.locator('svg text');
      for (let k = 0; k < (await texts.count()); k++) {
        const box = await texts.nth(k).boundingBox();
        if (!box) continue;
        const cut =
          box.x < frame.x - 0.5 ||
          box.y < frame.y - 0.5 ||
          box.x + box.width > frame.x + frame.width + 0.5 ||
          box.y + box.height > frame.y + frame.height + 0.5;
        if (cut) outside.push(await texts.nth(k).innerHTML());
      }
      expect(outside).toEqual([]);
      await chart.screenshot({ path: path.join(SCREENS, `report-inputs-radar-${language}-${width}.png`) });
    });
  }
}
