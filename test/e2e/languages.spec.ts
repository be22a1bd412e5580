import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { creditCodeCheckChar } from '../../assessments/engine/credit-code';
import { hasChinese } from '../../assessments/i18n/content/walk';
import { simplifiedOnlyChars } from '../helpers/script-check';
import { TIERS_MODEL } from './support/seed';
import { callApi, splitAppUrl, startShellProcess, type RunningShell } from './web-shell-process';

/**
 * Each language's results screen, as a reader of that language sees it: the sample bundle (a
 * fully answered 东莞 SME) imported, the results tab opened. zh-TW shows no Simplified-only
 * character except in the enterprise's registered name (a proper name); English radar axis names
 * are wrapped, not clipped. Screenshots: test-results/screens/lang-results-<language>.png.
 */
const SCREENS = 'test-results/screens';

/**
 * Flipped to true once every content source is translated and the engine's composed texts come
 * from catalogs (see ENGLISH_PDF_COMPLETE in test/unit/i18n/english-pdf.test.ts): from then on any
 * Chinese on the English results screen outside the enterprise's name fails.
 */
const ENGLISH_SCREENS_COMPLETE = true;
const SAMPLE = 'test/fixtures/sample-bundle.sfdx';

let shell: RunningShell;
let assessmentId: string;
let enterpriseName: string;
/** what an English screen keeps as written: names, typed notes, document titles, numbers, issuers */
let exempt: string[];

test.beforeAll(async () => {
  shell = await startShellProcess();
  const imported = await callApi<{ assessmentId: string }>(shell.appUrl, 'bundle.import', {
    fileName: path.basename(SAMPLE),
    base64: readFileSync(SAMPLE).toString('base64'),
  });
  assessmentId = imported.assessmentId;
  const record = await callApi<{ assessment: { enterpriseId: string } }>(shell.appUrl, 'assessment.get', {
    id: assessmentId,
  });
  const enterprise = await callApi<{ profile: { name: string } }>(shell.appUrl, 'enterprise.get', {
    id: record.assessment.enterpriseId,
  });
  enterpriseName = enterprise.profile.name;
  const funding = await callApi<{ assessment: { fundingInputs: { investments: { note: string }[] } } }>(
    shell.appUrl,
    'assessment.get',
    { id: assessmentId },
  );
  const { documents } = await callApi<{
    documents: { title: string; titleOriginal?: string; number?: string; issuer?: string }[];
  }>(shell.appUrl, 'policy.list', {});
  // each language's menu entry is written in that language, on every screen
  const languageNames = Object.values(
    (JSON.parse(readFileSync('assessments/i18n/en.json', 'utf8')) as { language: Record<string, string> })
      .language,
  );
  exempt = [
    enterpriseName,
    ...languageNames,
    ...funding.assessment.fundingInputs.investments.map((i) => i.note),
    ...documents.flatMap((d) => [d.title, d.titleOriginal, d.number, d.issuer]),
  ]
    .filter((t): t is string => typeof t === 'string' && hasChinese(t))
    .sort((a, b) => b.length - a.length);
});

test.afterAll(() => shell.stop());

async function openResults(page: Page, language: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.appUrl);
  await page.evaluate((lang) => localStorage.setItem('sfd.lang', lang), language);
  await page.goto(`${splitAppUrl(shell.appUrl).base}#/diagnosis/${assessmentId}/results`);
  await page.reload();
  // the results panel is lazy-loaded; its subsidies table is the last part to appear
  await expect(page.getByRole('table').first()).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(800);
}

for (const language of ['zh-CN', 'zh-TW', 'en'] as const) {
  test(`results screen in ${language}`, async ({ page }) => {
    await openResults(page, language);
    await page.screenshot({ path: path.join(SCREENS, `lang-results-${language}.png`), fullPage: false });
    await page.screenshot({ path: path.join(SCREENS, `lang-results-${language}-full.png`), fullPage: true });
    if (language === 'zh-CN') {
      await expect(page.getByRole('tab', { name: '诊断结果' })).toBeVisible();
      return;
    }
    if (language === 'en') {
      // axis names wrapped inside the chart, none cut at its edge ("&D and design" before)
      await expect(page.locator('svg text', { hasText: /^R&D and$/ })).toHaveCount(1);
      await expect(page.locator('svg text', { hasText: /^design$/ })).toHaveCount(1);
      await englishSubsidies(page);
      return;
    }
    const text = (await page.locator('body').innerText()).split(enterpriseName).join(' ');
    const leaks = text.split('\n').filter((line) => simplifiedOnlyChars(line).length > 0);
    expect(leaks).toEqual([]);
  });
}

/**
 * English subsidies tab: measure names, conditions and notes from the translation memory, document
 * titles in Chinese with their gloss; Chinese outside the exempted names is listed (and fails once
 * ENGLISH_SCREENS_COMPLETE is on).
 */
async function englishSubsidies(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Subsidies' }).click();
  await expect(page.getByText('Compute voucher (Dongguan)').first()).toBeVisible();
  await page.screenshot({ path: path.join(SCREENS, 'lang-subsidies-en.png'), fullPage: true });
  const text = exempt.reduce((t, e) => t.split(e).join(' '), await page.locator('body').innerText());
  const policies = JSON.parse(readFileSync('assessments/i18n/content/en/policies.json', 'utf8')) as Record<
    string,
    string
  >;
  const names = Object.keys(policies).filter((k) => k.length >= 6);
  // no measure name, condition or note of the catalog is shown in Chinese on its own line
  const lines = text.split('\n').map((l) => l.trim());
  expect(names.filter((k) => lines.includes(k))).toEqual([]);
  const chinese = lines.filter((l) => hasChinese(l));
  console.info(`English results screen: ${chinese.length} lines with Chinese outside the exemptions`);
  if (ENGLISH_SCREENS_COMPLETE) expect(chinese).toEqual([]);
}

/**
 * The English questionnaire, every question of each pack as a consultant walks it ("Next" moves on
 * without answering): prompts, options, help, level descriptors, evidence hints and the contents
 * list are English; Chinese is allowed only in the enterprise's name.
 */
const PACKS = [
  ['smart-factory-tiers', TIERS_MODEL.modelVersion],
  ['sme-digital-2024', '2024.1'],
] as const;

for (const [modelId, modelVersion] of PACKS) {
  test(`English walkthrough of ${modelId}`, async ({ page }) => {
    test.setTimeout(300_000);
    const name = `英文问卷测试企业（${modelId}）`;
    const enterprise = await callApi<{ id: string }>(shell.appUrl, 'enterprise.save', {
      profile: {
        name,
        creditCode: nextCreditCode(),
        region: { city: '东莞市' },
        industryCode: '38',
        manufacturingType: 'discrete',
        employees: 120,
        revenueWan: 8000,
      },
    });
    const created = await callApi<{ id: string }>(shell.appUrl, 'assessment.create', {
      enterpriseId: enterprise.id,
      modelId,
      modelVersion,
    });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(shell.appUrl);
    await page.evaluate(() => localStorage.setItem('sfd.lang', 'en'));
    await page.goto(`${splitAppUrl(shell.appUrl).base}#/diagnosis/${created.id}`);
    await page.reload();
    const card = page.locator('.item-card');
    await expect(card).toBeVisible({ timeout: 20_000 });
    await page.screenshot({ path: path.join(SCREENS, `lang-walk-en-${modelId}.png`) });
    const leaks = new Set<string>();
    const collect = async () => {
      // the main area: the language switch names each language in its own script
      const text = (await page.locator('main').innerText()).split(name).join(' ');
      for (const line of text.split('\n')) if (hasChinese(line)) leaks.add(`${seen}: ${line.trim()}`);
    };
    let seen = '';
    let visited = 0;
    const position = page.getByText(/^Question \d+ of \d+$/);
    while (!/\/review$/.test(page.url()) && visited < 400) {
      seen = (await position.textContent()) ?? '';
      await collect();
      visited++;
      await card.getByRole('button', { name: /^(Next|Review and complete)/ }).click();
      const before = seen;
      await expect
        .poll(async () => /\/review$/.test(page.url()) || (await position.textContent()) !== before)
        .toBe(true);
    }
    expect(seen).toMatch(new RegExp(`^Question ${visited} of ${visited}$`));
    console.info(
      `${modelId}: ${visited} questions, ${leaks.size} lines with Chinese\n  ${[...leaks].slice(0, 60).join('\n  ')}`,
    );
    expect([...leaks]).toEqual([]);
  });
}

let codeSeq = 0;
/** A fresh, valid GB 32100 code per enterprise (the store refuses a code twice). */
function nextCreditCode(): string {
  const first17 = `91441900000000${String(100 + codeSeq++)}`;
  return `${first17}${creditCodeCheckChar(first17) ?? ''}`;
}
