import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { startShellProcess, type RunningShell } from './web-shell-process';

/**
 * Questions that can no longer change a result: with every CMMM 一级 requirement answered 不满足,
 * the higher requirements only CMMM asks are passed over, shown collapsed with the reason in the
 * list view, and one can still be opened and answered. Each answer records who gave it and whether
 * the evidence was seen on site, autosaved.
 */
const SCREENS = 'test-results/screens';

let shell: RunningShell;
test.beforeAll(async () => {
  shell = await startShellProcess();
});
test.afterAll(async () => shell.stop());

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENS, `${name}.png`) });

async function apiCall<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([m, body]) => {
      const token = sessionStorage.getItem('sfd.token') ?? '';
      const res = await fetch(`./api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-sfd-token': token },
        body: JSON.stringify(body),
      });
      return ((await res.json()) as { value: unknown }).value;
    },
    [method, input] as const,
  ) as Promise<T>;
}

/** "第 n / N 题" and "总进度：已答 x / y 题" as the consultant reads them. */
async function counts(page: Page) {
  const position = (await page.getByText(/^第 \d+ \/ \d+ 题$/).textContent()) ?? '';
  const overall = (await page.getByText(/^总进度：已答 \d+ \/ \d+ 题$/).textContent()) ?? '';
  const [, index = '0', total = '0'] = /第 (\d+) \/ (\d+) 题/.exec(position) ?? [];
  const [, answered = '0', asked = '0'] = /已答 (\d+) \/ (\d+) 题/.exec(overall) ?? [];
  return { index: Number(index), total: Number(total), answered: Number(answered), asked: Number(asked) };
}

interface Answer {
  itemId: string;
  respondent: string | null;
  sighted: string;
}

test('skipped questions collapse with their reason; respondent and sighting are saved with the answer', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.appUrl);
  const enterprise = await apiCall<{ id: string }>(page, 'enterprise.save', {
    profile: {
      name: '江门市蓬江五金制品有限公司',
      creditCode: '91440300708461136T',
      region: { city: '江门市' },
      industryCode: '33',
      manufacturingType: 'discrete',
      employees: 60,
      revenueWan: 3000,
      qualifications: [],
    },
  });
  const assessment = await apiCall<{ id: string }>(page, 'assessment.create', {
    enterpriseId: enterprise.id,
    modelId: 'smart-factory-tiers',
    modelVersion: '2025.2',
  });
  // 战略 一级 (the first CMMM sub-domain) answered 不满足 in the walkthrough's own way
  const model = await apiCall<{
    pack: { items: Array<{ id: string; level?: number }> };
    companions: Array<{ id: string; items: Array<{ id: string; level?: number }> }>;
  }>(page, 'model.get', { id: 'smart-factory-tiers', version: '2025.2' });
  const cmmm = model.companions.find((p) => p.id === 'cmmm-gbt39116')!;
  const level1 = cmmm.items.filter((i) => i.level === 1).map((i) => i.id);
  for (const itemId of level1)
    await apiCall(page, 'assessment.answer', {
      assessmentId: assessment.id,
      itemId,
      value: { kind: 'satisfaction', value: 'none' },
    });

  await page.goto(`${shell.appUrl.replace(/#.*$/, '')}#/diagnosis/${assessment.id}`);
  const card = page.locator('.item-card');
  await expect(card).toBeVisible();
  // the CMMM 二级 section: 一级 is out of reach, so the 二级 requirements only CMMM asks need no answer
  await page.getByRole('navigation', { name: '问卷目录' }).getByRole('button', { name: /^二级/ }).click();
  await expect(page.locator('.walk-skipped-note')).toContainText(/本部分另有 \d+ 题无需作答/);
  // 四级 is passed over whole: the list says so instead of a full bar over 0 / 0
  const level4 = page
    .getByRole('navigation', { name: '问卷目录' })
    .getByRole('button', { name: /^四级（优化级），20 题均无需作答$/ });
  await expect(level4).toContainText('无需作答');
  const before = await counts(page);
  expect(before.total).toBe(before.asked);
  await page.getByText('列表', { exact: true }).click();
  const skipped = page.locator('.compact-row.is-skipped');
  await expect(skipped.first()).toContainText('无需作答：按已答情况，本企业已不能达到一级（规划级）');
  await shot(page, '30-skipped-collapsed');

  // the consultant opens one anyway and answers it: it counts in 第 n / N 题 and in 总进度 alike
  const title = (await skipped.first().locator('.ant-typography').first().textContent()) ?? '';
  await skipped.first().getByRole('button', { name: '仍然作答' }).click();
  await page.getByText('逐题', { exact: true }).click();
  await expect(page.locator('#item-title')).toHaveText(title);
  await page.keyboard.press('2');
  await expect(card.getByRole('status')).toContainText('已保存');
  const opened = await counts(page);
  expect(opened.total).toBe(before.total + 1);
  expect(opened.asked).toBe(opened.total);
  expect(opened.answered).toBe(before.answered + 1);
  // a reload keeps the question opened, and both counts with it
  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.locator('#item-title')).toHaveText(title);
  expect(await counts(page)).toEqual(opened);

  // who answered (the item's role, changed here) and whether the evidence was seen
  await card.getByRole('combobox', { name: '作答人' }).click();
  await page.locator('.ant-select-item-option', { hasText: '信息化' }).click();
  await card.getByText('未查看', { exact: true }).click();
  await expect(card.getByRole('status')).toContainText('已保存');
  await shot(page, '31-answer-source');
  const { answers } = await apiCall<{ answers: Answer[] }>(page, 'assessment.get', { id: assessment.id });
  const saved = answers.filter((a) => a.respondent === 'it' && a.sighted === 'no');
  expect(saved).toHaveLength(1);
  // the next question starts with its own interview role
  await page.keyboard.press('Escape');
  await card.getByRole('button', { name: /下一题/ }).click();
  await expect(card.locator('.answer-source')).not.toContainText('信息化');
});
