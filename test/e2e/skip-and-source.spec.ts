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
  // a CMMM section: the first requirement is 一级, the rest of its sub-domain needs no answer
  await page.getByRole('navigation', { name: '问卷目录' }).getByRole('button', { name: /^人员/ }).click();
  await expect(page.locator('.walk-skipped-note')).toContainText(/本部分另有 \d+ 题无需作答/);
  await page.getByText('列表', { exact: true }).click();
  const skipped = page.locator('.compact-row.is-skipped');
  await expect(skipped.first()).toContainText('无需作答：按已答情况，本企业已不能达到一级（规划级）');
  await shot(page, '30-skipped-collapsed');

  // the consultant opens one anyway and answers it
  const title = (await skipped.first().locator('.ant-typography').first().textContent()) ?? '';
  await skipped.first().getByRole('button', { name: '仍然作答' }).click();
  await page.getByText('逐题', { exact: true }).click();
  await expect(page.locator('#item-title')).toHaveText(title);
  await page.keyboard.press('2');
  await expect(card.getByRole('status')).toContainText('已保存');

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
