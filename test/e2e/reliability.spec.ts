import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import type { AnswerValue } from '../../assessments/engine/answer';
import { closeContext, createContext } from '../../electron/services/context';
import { handlers } from '../../electron/services/handlers';
import { openStore } from '../../electron/services/store';
import { startWebShell } from '../../electron/web/server';
import { startShellProcess, type RunningShell } from './web-shell-process';

/**
 * Reliability as the consultant meets it in the browser:
 * 1. the web-shell process is SIGKILLed while the consultant answers by keyboard; after each
 *    restart every answer the page was told "saved" (a 200 from assessment.answer) is stored;
 * 2. the data folder turns read-only mid-walkthrough: the answer shows a clear Chinese error with
 *    a retry, nothing is written, and the retry succeeds once the folder is writable again.
 */
const SCREENS = 'test-results/screens';
const RENDERER = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const PROFILE = {
  name: '东莞市可靠五金制品有限公司',
  creditCode: '91440300708461136T',
  region: { province: '广东省', city: '东莞市' },
  industryCode: '33',
  manufacturingType: 'discrete',
  employees: 260,
  revenueWan: 18000,
  qualifications: [],
  dcmmLevel: 0,
  independentAccounting: true,
  contact: '',
};

function splitAppUrl(appUrl: string): { base: string; token: string } {
  const [base = '', fragment = ''] = appUrl.split('#');
  return { base, token: new URLSearchParams(fragment).get('token') ?? '' };
}

/** The API from the test's side (Node fetch), for set-up and for reading what was stored. */
async function api<T>(appUrl: string, method: string, input: unknown): Promise<T> {
  const { base, token } = splitAppUrl(appUrl);
  const res = await fetch(`${base}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-sfd-token': token },
    body: JSON.stringify(input),
  });
  const envelope = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

async function seedAssessment(appUrl: string): Promise<string> {
  const enterprise = await api<{ id: string }>(appUrl, 'enterprise.save', { profile: PROFILE });
  const assessment = await api<{ id: string }>(appUrl, 'assessment.create', {
    enterpriseId: enterprise.id,
    modelId: 'smart-factory-tiers',
    modelVersion: '2025.1',
  });
  return assessment.id;
}

async function openWalkthrough(page: Page, appUrl: string, assessmentId: string): Promise<Locator> {
  await page.goto(appUrl);
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await page.evaluate((id) => (window.location.hash = `#/diagnosis/${id}`), assessmentId);
  const card = page.locator('.item-card');
  await expect(card).toBeVisible();
  return card;
}

/** Picks an answer on the current question by keyboard (as walkthrough.spec does), then Enter. */
async function answerAndAdvance(page: Page, card: Locator, nth: number): Promise<void> {
  const figures = card.getByRole('spinbutton');
  const count = await figures.count();
  if (count > 0) {
    for (let i = 0; i < count; i++) await figures.nth(i).fill(String(10 + nth + i));
    await figures.nth(count - 1).press('Enter');
    return;
  }
  if ((await card.getByRole('checkbox').count()) > 0) {
    await page.keyboard.press(String(1 + (nth % 2)));
  } else {
    const radios = await card.getByRole('radio').count();
    await page.keyboard.press(String(radios === 2 ? 1 + (nth % 2) : 1 + (nth % Math.max(1, radios - 1))));
  }
  await page.keyboard.press('Enter');
}

interface Sent {
  itemId: string;
  value: AnswerValue | null;
}

/** Follows assessment.answer on the wire: what the page sent, and what the server acknowledged. */
function watchAnswers(page: Page) {
  const sent: Sent[] = [];
  const acked = new Map<string, { index: number; value: AnswerValue | null }>();
  page.on('request', (request) => {
    if (request.url().endsWith('/api/assessment.answer')) sent.push(request.postDataJSON() as Sent);
  });
  page.on('response', async (response) => {
    if (!response.url().endsWith('/api/assessment.answer') || response.status() !== 200) return;
    const body = response.request().postDataJSON() as Sent;
    const index = sent.findLastIndex((s) => s.itemId === body.itemId && JSON.stringify(s) === JSON.stringify(body));
    acked.set(body.itemId, { index, value: body.value });
  });
  return { sent, acked };
}

test('SIGKILL of the web shell while answering in the browser loses no acknowledged answer', async ({ page }) => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sfd-e2e-kill-'));
  let shell: RunningShell = await startShellProcess(dataDir);
  const assessmentId = await seedAssessment(shell.appUrl);
  const wire = watchAnswers(page);
  const killAfter = [900, 1500, 600, 1200];
  let answered = 0;

  for (const [round, delay] of killAfter.entries()) {
    const card = await openWalkthrough(page, shell.appUrl, assessmentId);
    const victim = shell;
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      victim.process.kill('SIGKILL');
    }, delay);
    for (let n = 0; !killed && n < 200; n++) {
      await answerAndAdvance(page, card, answered++).catch(() => undefined);
    }
    clearTimeout(timer);
    await new Promise<void>((resolve) =>
      victim.process.exitCode !== null || victim.process.signalCode !== null
        ? resolve()
        : victim.process.once('exit', () => resolve()),
    );
    // the page notices: the next write cannot be acknowledged and says so
    console.log('before', await page.getByText(/^第 \d+ \/ \d+ 题$/).textContent(), wire.sent.length, wire.acked.size);
    await answerAndAdvance(page, card, answered++).catch((e) => console.log('ERR', e));
    console.log('after', await page.getByText(/^第 \d+ \/ \d+ 题$/).textContent(), wire.sent.length, wire.acked.size);
    await page.screenshot({ path: '/tmp/after.png' });
    await expect(page.getByRole('alert').first()).toBeVisible();
    if (round === 0) await page.screenshot({ path: path.join(SCREENS, 'reliability-shell-killed.png') });

    shell = await startShellProcess(dataDir);
    const stored = await api<{ answers: { itemId: string; value: AnswerValue | null }[] }>(shell.appUrl, 'assessment.get', {
      id: assessmentId,
    });
    const byItem = new Map(stored.answers.map((a) => [a.itemId, JSON.stringify(a.value)]));
    expect(wire.acked.size, `round ${round}: nothing was acknowledged`).toBeGreaterThan(0);
    for (const [itemId, ack] of wire.acked) {
      // the stored value is the acknowledged one, or one sent after it (committed, reply lost)
      const allowed = wire.sent
        .slice(Math.max(0, ack.index))
        .filter((s) => s.itemId === itemId)
        .map((s) => JSON.stringify(s.value));
      expect(allowed, `round ${round}, ${itemId}`).toContain(byItem.get(itemId));
    }
  }
  console.log(`browser kill test: ${killAfter.length} SIGKILLs, ${wire.acked.size} acknowledged answers present`);
  await shell.stop();
});

test('a read-only data folder shows a clear error on the answer, writes nothing, and retry works', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sfd-e2e-readonly-'));
  let conn: Database | undefined;
  // an in-process shell over the built renderer, so the test can reach the store's connection
  const store = await openStore({ dataDir, backupCheckMs: 0, onConnection: (db) => (conn = db) });
  const context = await createContext({ runtime: 'web', appName: '智造自诊', appVersion: 'e2e', dataDir }, { store });
  const shell = await startWebShell({ handlers, context, staticDir: RENDERER, log: () => undefined });
  try {
    const assessmentId = await seedAssessment(shell.appUrl);
    const card = await openWalkthrough(page, shell.appUrl, assessmentId);
    const title = await page.locator('#item-title').textContent();
    // two different choices on this question, whatever its kind (yes/no has keys 1 and 2)
    const [first, second] = (await card.getByRole('radio').count()) === 2 ? ['1', '2'] : ['2', '3'];
    await page.keyboard.press(first);
    await expect(card.getByRole('status')).toContainText('已保存');
    const before = await api<{ answers: { value: unknown }[] }>(shell.appUrl, 'assessment.get', { id: assessmentId });

    conn!.pragma('query_only = 1'); // the medium turns read-only (a write-protected USB stick)
    await page.keyboard.press(second);
    const alert = card.getByRole('alert');
    await expect(alert).toContainText('未保存：答案还没有写入数据库');
    await expect(alert).toContainText('无法写入数据文件夹');
    await expect(alert).toContainText('没有保存，之前已保存的内容不受影响');
    await expect(page.locator('#item-title')).toHaveText(title ?? ''); // still on the same question
    await page.screenshot({ path: path.join(SCREENS, 'reliability-read-only.png') });
    const during = await api<{ answers: { value: unknown }[] }>(shell.appUrl, 'assessment.get', { id: assessmentId });
    expect(during.answers).toEqual(before.answers);

    conn!.pragma('query_only = 0'); // writable again
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(card.getByRole('status')).toContainText('已保存');
    const after = await api<{ answers: { value: unknown }[] }>(shell.appUrl, 'assessment.get', { id: assessmentId });
    expect(after.answers).toHaveLength(1);
    expect(after.answers[0]?.value).not.toEqual(before.answers[0]?.value);
  } finally {
    await shell.close();
    closeContext(context);
  }
});
