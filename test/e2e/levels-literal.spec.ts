import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { AnswerValue } from '../../assessments/engine/answer';
import type { OwnedItem } from '../../assessments/engine/model/schema';
import { createModelRegistry } from '../../electron/services/catalog/models';
import { callApi, splitAppUrl, startShellProcess, type RunningShell } from './web-shell-process';

/**
 * One fixed answer set, walked to the results screen; the tier and levels asserted are written
 * from the published rules, not taken from the engine:
 * - CMMM: every level-1 and level-2 requirement fully met (shared SME evidence at its best option),
 *   every level-3 requirement partly met (0.5), level 4 not met → levels 1 and 2 achieved, level 3
 *   not: S = 1 + 1 + 0.50 = 2.50 → 二级 (band 1.8–2.8);
 * - SME: every indicator at its maximum and all 16 scenes at level 4 → 100 points, 16 scenes at
 *   level 4 of which 10 约束性 → 四级 (≥ 80 points, ≥ 10 scenes, ≥ 6 约束性);
 * - tier: 基础级 and 先进级 need CMMM 二级, 卓越级 needs 三级 → 先进级 (pending verification); 基础级's
 *   benchmark: 人均产值 12 against a yearbook average of 10 (the first option of each choice) → above.
 */
const MODELS_DIR = fileURLToPath(new URL('../../assessments/models', import.meta.url));
const PROFILE = {
  name: '东莞市等级核算测试五金有限公司',
  creditCode: '91440300708461136T',
  region: { province: '广东省', city: '东莞市' },
  industryCode: '33',
  manufacturingType: 'discrete',
  employees: 300,
  revenueWan: 20000,
  qualifications: ['above-scale'],
  dcmmLevel: 0,
  independentAccounting: true,
  contact: '',
};
const SATISFACTION = { 1: 'full', 2: 'full', 3: 'partial', 4: 'none', 5: 'none' } as const;

function answerFor(item: OwnedItem): AnswerValue | undefined {
  switch (item.type) {
    case 'satisfaction':
      return { kind: 'satisfaction', value: SATISFACTION[(item.level ?? 1) as 1] };
    case 'boolean':
      return { kind: 'boolean', value: true };
    case 'figures':
      // an indicator compared with its benchmark: the enterprise 12 against an average of 10
      return {
        kind: 'figures',
        figures: Object.fromEntries(
          item.fields.map((f) => [f.id, item.ratio.unbounded && f.id === item.ratio.numerator ? 12 : 10]),
        ),
      };
    case 'choices': {
      const best = [...item.options].sort((a, b) => b.points - a.points)[0]!;
      return {
        kind: 'choices',
        selected: item.select === 'single' ? [best.id] : item.options.map((o) => o.id),
      };
    }
    case 'level':
      if (item.id === 'sf.status.tier-held') return { kind: 'level', level: 1 };
      if (item.id === 'sf.status.cmmm-official') return undefined;
      if (item.scenario) return { kind: 'level', level: 3 };
      return { kind: 'level', level: item.levels.length };
  }
}

let shell: RunningShell | undefined;
test.afterEach(async () => shell?.stop());

async function region(page: Page, name: string) {
  const r = page.getByRole('region', { name });
  await expect(r).toBeVisible({ timeout: 20_000 });
  return r;
}

test('a fixed answer set gives 先进级, CMMM 二级 (S = 2.50) and SME 四级 on the results screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  shell = await startShellProcess();
  const api = <T>(method: string, input: unknown) => callApi<T>(shell!.appUrl, method, input);
  const enterprise = await api<{ id: string }>('enterprise.save', { profile: PROFILE });
  const assessment = await api<{ id: string }>('assessment.create', {
    enterpriseId: enterprise.id,
    modelId: 'smart-factory-tiers',
    modelVersion: '2025.2',
  });
  const q = createModelRegistry(MODELS_DIR).questionnaire('smart-factory-tiers')!;
  for (const id of q.order) {
    const value = answerFor(q.items.get(id)!);
    if (value) await api('assessment.answer', { assessmentId: assessment.id, itemId: id, value });
  }

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.appUrl);
  await page.goto(`${splitAppUrl(shell.appUrl).base}#/diagnosis/${assessment.id}`);
  await page.getByRole('tab', { name: '诊断结果' }).click();
  const estimate = await region(page, '梯度估算结果');
  await expect(estimate).toContainText('先进级');
  const card = page.locator('.tier-card');
  await expect(card).toContainText('二级（规范级）（S = 2.5）');
  await expect(card).toContainText('S = 1 + 1 + 0.50 = 2.50 → 二级（规范级）（区间 1.8–2.8）');
  await expect(card).toContainText('权重按等权估算');
  await expect(card).toContainText('四级（100 / 100）');
  await expect(card).toContainText(
    '四级：得分 ≥ 80；达到四级的场景 16 个（需 10 个），其中约束性场景 10 个（需 6 个）——满足',
  );
  await page.screenshot({ path: 'test-results/screens/levels-literal-results.png', fullPage: true });
});
