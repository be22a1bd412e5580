import { expect, test, type Locator, type Page } from '@playwright/test';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../helpers/bundle';
import type { AnswerValue } from '../../assessments/engine/answer';
import { callApi, splitAppUrl, startShellProcess, type RunningShell } from './web-shell-process';

/**
 * Reliability as the consultant meets it in the browser:
 * 1. the web-shell process is SIGKILLed while the consultant answers by keyboard; after each
 *    restart every answer the page was told "saved" (a 200 from assessment.answer) is stored;
 * 2. the data folder turns read-only mid-walkthrough: the answer shows a clear Chinese error with
 *    a retry, nothing is written, and the retry succeeds once the folder is writable again.
 */
const SCREENS = 'test-results/screens';
const RENDERER = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));
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

async function seedAssessment(appUrl: string): Promise<string> {
  const enterprise = await callApi<{ id: string }>(appUrl, 'enterprise.save', { profile: PROFILE });
  const assessment = await callApi<{ id: string }>(appUrl, 'assessment.create', {
    enterpriseId: enterprise.id,
    modelId: 'smart-factory-tiers',
    modelVersion: '2025.2',
  });
  return assessment.id;
}

async function openWalkthrough(page: Page, appUrl: string, assessmentId: string): Promise<Locator> {
  await page.goto(appUrl);
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  // the token now sits in sessionStorage; a hash change opens the assessment in the same page
  await page.goto(`${splitAppUrl(appUrl).base}#/diagnosis/${assessmentId}`);
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
    const radios = await card.getByRole('radiogroup', { name: '答案选项' }).getByRole('radio').count();
    await page.keyboard.press(String(radios === 2 ? 1 + (nth % 2) : 1 + (nth % Math.max(1, radios - 1))));
  }
  await page.keyboard.press('Enter');
}

/** Chooses an answer on a choice question without moving on, so its save status stays on screen. */
async function answerInPlace(page: Page, card: Locator): Promise<void> {
  for (
    let step = 0;
    step < 10 && (await card.getByRole('radiogroup', { name: '答案选项' }).getByRole('radio').count()) === 0;
    step++
  ) {
    await page.getByRole('button', { name: /下一题/ }).click();
  }
  // an option other than the one chosen, so there is something to save
  await card.getByRole('radio', { checked: false }).first().click();
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
    const index = sent.findLastIndex(
      (s) => s.itemId === body.itemId && JSON.stringify(s) === JSON.stringify(body),
    );
    acked.set(body.itemId, { index, value: body.value });
  });
  return { sent, acked };
}

test('SIGKILL of the web shell while answering in the browser loses no acknowledged answer', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sfd-e2e-kill-'));
  let shell: RunningShell = await startShellProcess(dataDir);
  const assessmentId = await seedAssessment(shell.appUrl);
  const wire = watchAnswers(page);
  const killAfter = [900, 1500, 600, 1200];
  let answered = 0;

  try {
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
      // the page notices: the next write cannot be acknowledged, and the answer says so
      await answerInPlace(page, card);
      await expect(card.getByRole('alert')).toContainText('未保存');
      if (round === 0) await page.screenshot({ path: path.join(SCREENS, 'reliability-shell-killed.png') });

      shell = await startShellProcess(dataDir);
      const stored = await callApi<{ answers: { itemId: string; value: AnswerValue | null }[] }>(
        shell.appUrl,
        'assessment.get',
        {
          id: assessmentId,
        },
      );
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
    console.log(
      `browser kill test: ${killAfter.length} SIGKILLs, ${wire.acked.size} acknowledged answers present`,
    );
  } finally {
    await shell.stop();
  }
});

/** fault-shell.ts, bundled and started: a web shell whose medium the test can break and mend. */
async function startFaultShell(dataDir: string) {
  const outfile = await bundleForNode(path.join(REPO, 'test/e2e/fault-shell.ts'));
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [outfile, dataDir, RENDERER], {
    cwd: REPO,
  });
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fault shell: no ${pattern} in:\n${out}`)), 15_000);
      const check = () => {
        const match = pattern.exec(out);
        if (!match) return;
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(match);
      };
      const onData = (d: Buffer) => {
        out += d.toString();
        check();
      };
      child.stdout.on('data', onData);
      check();
    });
  const appUrl = (await waitFor(/SFD_URL=(\S+)/))[1] ?? '';
  let switched = 0;
  return {
    appUrl,
    /** flips a fault and waits until the shell has applied it */
    async set(command: 'readonly on' | 'readonly off' | 'full on' | 'full off') {
      child.stdin.write(`${command}\n`);
      await waitFor(new RegExp(`^ok ${++switched}$`, 'm'));
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

test('a read-only data folder shows a clear error on the answer, writes nothing, and retry works', async ({
  page,
}) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sfd-e2e-readonly-'));
  const shell = await startFaultShell(dataDir);
  try {
    const assessmentId = await seedAssessment(shell.appUrl);
    const card = await openWalkthrough(page, shell.appUrl, assessmentId);
    const title = await page.locator('#item-title').textContent();
    // two different choices on this question, whatever its kind (yes/no has keys 1 and 2)
    const [first, second] =
      (await card.getByRole('radiogroup', { name: '答案选项' }).getByRole('radio').count()) === 2
        ? ['1', '2']
        : ['2', '3'];
    await page.keyboard.press(first);
    await expect(card.getByRole('status')).toContainText('已保存');
    const before = await callApi<{ answers: { value: unknown }[] }>(shell.appUrl, 'assessment.get', {
      id: assessmentId,
    });

    await shell.set('readonly on'); // the medium turns read-only (a write-protected USB stick)
    await page.keyboard.press(second);
    const alert = card.getByRole('alert');
    await expect(alert).toContainText('未保存：答案还没有写入数据库');
    await expect(alert).toContainText('无法写入数据文件夹');
    await expect(alert).toContainText('没有保存，之前已保存的内容不受影响');
    await expect(page.locator('#item-title')).toHaveText(title ?? ''); // still on the same question
    await page.screenshot({ path: path.join(SCREENS, 'reliability-read-only.png') });
    const during = await callApi<{ answers: { value: unknown }[] }>(shell.appUrl, 'assessment.get', {
      id: assessmentId,
    });
    expect(during.answers).toEqual(before.answers);

    await shell.set('readonly off'); // writable again
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(card.getByRole('status')).toContainText('已保存');
    const after = await callApi<{ answers: { value: unknown }[] }>(shell.appUrl, 'assessment.get', {
      id: assessmentId,
    });
    expect(after.answers).toHaveLength(1);
    expect(after.answers[0]?.value).not.toEqual(before.answers[0]?.value);
  } finally {
    await shell.stop();
  }
});

test('a full disk shows a clear error on the note being saved, and work resumes once space returns', async ({
  page,
}) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sfd-e2e-full-'));
  const shell = await startFaultShell(dataDir);
  try {
    const assessmentId = await seedAssessment(shell.appUrl);
    const card = await openWalkthrough(page, shell.appUrl, assessmentId);
    await shell.set('full on');
    // fill the database's last pages from the side with ~3 KB notes until one no longer fits
    let full = false;
    for (let n = 0; n < 100 && !full; n++) {
      full = await callApi(shell.appUrl, 'assessment.answer', {
        assessmentId,
        itemId: `filler.${n}`,
        value: null,
        note: `${n}${'填充'.repeat(500)}`,
      }).then(
        () => false,
        (error: Error) => /storage_error/.test(error.message),
      );
    }
    expect(full).toBe(true);

    // the consultant writes a long field note (~12 KB): it cannot fit either
    const note = `${'车间设备联网情况现场记录。'.repeat(300)}`;
    await card.getByRole('textbox', { name: '备注' }).fill(note);
    await page.keyboard.press('Tab'); // leaving the field saves it
    const alert = card.getByRole('alert');
    await expect(alert).toContainText('未保存');
    await expect(alert).toContainText('磁盘空间不足');
    await page.screenshot({ path: path.join(SCREENS, 'reliability-disk-full.png') });

    await shell.set('full off'); // space is back
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(card.getByRole('status')).toContainText('已保存');
    const stored = await callApi<{ answers: { itemId: string; note: string }[] }>(
      shell.appUrl,
      'assessment.get',
      {
        id: assessmentId,
      },
    );
    expect(stored.answers.some((a) => a.note === note)).toBe(true);
  } finally {
    await shell.stop();
  }
});
