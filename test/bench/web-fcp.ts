import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CHROMIUM = process.env.SFD_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

function startShell(entry: string): Promise<{ url: string; stop: () => void }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sfd-bench-fcp-'));
  const child = spawn(process.execPath, [entry, '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /SFD_URL=(\S+)/.exec(out)?.[1];
      if (url) resolve({ url, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`web shell exited ${code}`)));
  });
}

/**
 * Wall time from spawning the web shell process to the browser's first contentful paint.
 * Chromium is launched beforehand (a user's browser is already running).
 */
export async function benchWebFcp(entry: string, runs: number): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      const started = Date.now();
      const shell = await startShell(entry);
      await page.goto(shell.url);
      // polled in the page: the paint entry appears once the first text or image is drawn
      const handle = await page.waitForFunction(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return fcp ? performance.timeOrigin + fcp.startTime : 0;
      });
      const paintAt = (await handle.jsonValue()) as number;
      times.push(paintAt - started);
      shell.stop();
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return times.sort((a, b) => a - b);
}
