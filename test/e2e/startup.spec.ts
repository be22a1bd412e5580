import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

test('npm start without the Electron binary says so in one line and serves the app in the browser, icon included', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sfd-start-'));
  // an empty override folder: no binary, whatever this machine has installed
  const noElectron = mkdtempSync(path.join(os.tmpdir(), 'sfd-no-electron-'));
  const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0', '--data', dataDir], {
    cwd: REPO,
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: noElectron },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  try {
    await expect.poll(() => /SFD_URL=(\S+)/.exec(out)?.[1], { timeout: 15_000 }).toBeTruthy();
    expect(out).toContain(
      '未安装 Electron 可执行文件，改用浏览器模式（网址见下）/ Electron binary not installed: starting the browser mode instead (URL below).',
    );
    expect(out).not.toMatch(/Downloading Electron|install-electron/);
    const base = (/SFD_URL=(\S+)/.exec(out)?.[1] ?? '').split('#')[0];
    const icon = await fetch(`${base}favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/x-icon');
  } finally {
    child.kill('SIGTERM');
  }
});
