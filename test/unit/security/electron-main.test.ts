/**
 * docs/architecture.md §7 as tests, against electron/main.ts itself: it is imported with 'electron'
 * replaced by a recorder (fake-electron.ts), and the handlers it registers are called the way
 * Electron would call them. Fuses are checked on the packaging config
 * (test/unit/packaging/config.test.ts); the window's webPreferences in window-options.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../../electron/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';
import { LOCK_FILE } from '../../../electron/services/store/lock';
import { mainWindowOptions } from '../../../electron/window-options';
import { profile } from '../store/support';
import type { FakeContents, FakeElectron } from './fake-electron';

const fake = vi.hoisted(() => ({ current: undefined as FakeElectron | undefined }));
vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron');
  fake.current = createFakeElectron({ singleInstance: true });
  return fake.current.module;
});

let electron: FakeElectron;
let contents: FakeContents;

beforeAll(async () => {
  await import('../../../electron/main');
  electron = fake.current!;
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1), { timeout: 20_000, interval: 20 });
  contents = electron.newContents();
  electron.emit('web-contents-created', {}, contents);
}, 30_000);

afterAll(() => electron?.emit('will-quit'));

const APP = 'app://renderer';
const ipc = (method: string) => {
  const handler = electron.ipcHandlers.get(`api:${method}`);
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  return handler;
};
const fromApp = { senderFrame: { url: `${APP}/index.html`, parent: null } };
const ipcOk = async <T>(method: string, input: unknown): Promise<T> => {
  const envelope = (await ipc(method)(fromApp, input)) as { ok: boolean; value?: T; error?: unknown };
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
};

describe('electron/main.ts security defaults (docs/architecture.md §7)', () => {
  it('takes the single-instance lock before anything else', () => {
    expect(electron.calls[0]).toBe('requestSingleInstanceLock');
    expect(electron.calls).not.toContain('quit');
  });

  it('opens one window with the hardened options, loading only app://renderer', () => {
    const [window] = electron.windows;
    const preload = (window!.options.webPreferences as { preload: string }).preload;
    expect(window!.options).toEqual(mainWindowOptions(preload, '智造自诊'));
    expect(path.basename(preload)).toBe('preload.cjs');
    expect(window!.loadedUrl).toBe(`${APP}/index.html`);
  });

  it('sets a Chinese application menu (the language in Settings, zh-CN until one is chosen)', () => {
    const labels = (electron.menu as { label?: string }[]).map((item) => item.label);
    expect(labels).toEqual(['文件', '编辑', '视图', '窗口']);
  });

  it('registers app:// as a secure standard scheme without bypassing CSP', () => {
    expect(electron.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const privileges = (electron.privilegedSchemes[0] as { privileges: Record<string, unknown> }).privileges;
    for (const risky of ['bypassCSP', 'allowServiceWorkers', 'corsEnabled', 'stream']) {
      expect(privileges[risky], risky).not.toBe(true);
    }
  });

  it('answers every permission request and check with no', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'usb',
    ]) {
      const answer = vi.fn();
      electron.permissionRequest!({}, permission, answer, {});
      expect(answer, permission).toHaveBeenCalledWith(false);
      expect(electron.permissionCheck!({}, permission, 'app://renderer', {})).toBe(false);
    }
  });

  it.each([
    ['https://evil.example/x.js', true],
    ['http://127.0.0.1:8080/', true],
    ['file:///etc/passwd', true],
    ['ws://evil.example/', true],
    ['data:text/html,<script>1</script>', true],
    ['app://renderer.evil.example/index.html', true],
    ['app://other/index.html', true],
    [`${APP}/index.html`, false],
    [`${APP}/assets/index.js`, false],
  ])('webRequest: %s → cancel %s', (url, cancel) => {
    const callback = vi.fn();
    electron.beforeRequest!({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel });
  });

  it.each([
    ['https://evil.example', true],
    ['http://localhost:3000/', true],
    ['file:///C:/Windows/System32/', true],
    ['javascript:alert(1)', true],
    ['app://renderer.evil.example/', true],
    [`${APP}/index.html#/enterprises`, false],
  ])('will-navigate to %s → prevented %s', (url, prevented) => {
    const event = { preventDefault: vi.fn() };
    contents.listeners.get('will-navigate')!(event, url);
    expect(event.preventDefault).toHaveBeenCalledTimes(prevented ? 1 : 0);
  });

  it('prevents every redirect and every <webview>', () => {
    for (const name of ['will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.listeners.get(name)!(event, `${APP}/index.html`, {});
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
  });

  it('denies window.open for every URL; only https help links go to the system browser', () => {
    const before = electron.externalUrls.length;
    for (const url of [
      'https://docs.example/help',
      'http://evil.example/',
      'file:///etc/passwd',
      `${APP}/x`,
      'javascript:1',
    ]) {
      expect(contents.openHandler!({ url }), url).toEqual({ action: 'deny' });
    }
    expect(electron.externalUrls.slice(before)).toEqual(['https://docs.example/help']);
  });

  it('serves app://renderer with the CSP and security headers, and nothing outside dist/renderer', async () => {
    const handle = electron.protocolHandlers.get('app')!;
    const ok = await handle(new Request(`${APP}/index.html`));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    const served = electron.fetched.at(-1)!;
    expect(served).toMatch(/^file:\/\//);
    expect(decodeURIComponent(served)).toContain(`${path.sep}dist${path.sep}renderer${path.sep}index.html`);

    const root = path.resolve('dist', 'renderer') + path.sep;
    const fetchedBefore = electron.fetched.length;
    for (const attack of [
      'app://other/index.html',
      `${APP}/..%2f..%2f..%2fpackage.json`,
      `${APP}/assets/..%2f..%2f..%2f..%2fetc%2fhosts.txt`,
      `${APP}/%00.js`,
      `${APP}/%E0%A4%A.js`,
    ]) {
      const res = await handle(new Request(attack));
      expect(res.status, attack).toBe(404);
    }
    // URL parsing folds %2e%2e segments away, and extension-less paths fall back to index.html
    // (client-side routes): both end inside dist/renderer
    await handle(new Request(`${APP}/%2e%2e/%2e%2e/package.json`));
    await handle(new Request(`${APP}/..%2f..%2f..%2fetc%2fpasswd`));
    for (const url of electron.fetched.slice(fetchedBefore)) {
      expect(decodeURIComponent(new URL(url).pathname).startsWith(root.replaceAll(path.sep, '/'))).toBe(true);
    }
    expect(electron.fetched.slice(fetchedBefore).map((u) => path.basename(u))).toEqual([
      'package.json',
      'index.html',
    ]);
  });

  it('binds one IPC handler per contract method, and refuses frames other than the app’s', async () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(METHODS.map((m) => `api:${m}`).sort());
    for (const senderFrame of [
      { url: 'https://evil.example/', parent: null },
      { url: `${APP}/index.html`, parent: { url: `${APP}/` } },
      null,
    ]) {
      await expect(ipc('settings.set')({ senderFrame }, { consultantName: '入侵者' })).resolves.toMatchObject(
        {
          ok: false,
          error: { code: 'forbidden' },
        },
      );
    }
    await expect(ipc('app.info')(fromApp, {})).resolves.toMatchObject({
      ok: true,
      value: { runtime: 'electron' },
    });
    await expect(ipc('app.info')(fromApp, { path: '/etc' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect((await ipcOk<{ consultantName: string }>('settings.get', {})).consultantName).not.toBe('入侵者');
  });

  it('writes files only where the user answered a save dialog', async () => {
    const enterprise = await ipcOk<{ id: string }>('enterprise.save', { profile: profile() });
    const assessment = await ipcOk<{ id: string }>('assessment.create', {
      enterpriseId: enterprise.id,
      modelId: 'smart-factory-tiers',
      modelVersion: '2025.2',
    });
    electron.nextSaveDialog = { canceled: true };
    const cancelled = await ipcOk<{ savedTo?: string; base64?: string }>('bundle.export', {
      assessmentId: assessment.id,
    });
    expect(cancelled).toEqual({ fileName: expect.any(String) }); // nothing saved, nothing sent back
    expect(electron.calls.filter((c) => c.startsWith('showSaveDialog'))).toHaveLength(1);

    const chosen = path.join(electron.userData, '..', `${path.basename(electron.userData)}-chosen.sfdx`);
    electron.nextSaveDialog = { canceled: false, filePath: chosen };
    const saved = await ipcOk<{ savedTo?: string; base64?: string }>('bundle.export', {
      assessmentId: assessment.id,
    });
    expect(saved.savedTo).toBe(chosen);
    expect(saved.base64).toBeUndefined();
    expect(readFileSync(chosen).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip on disk
  });

  it('asks in Chinese before a window with unsaved text goes; staying is the default, leaving unloads', () => {
    const leaveGuard = electron.windows[0]!.webContents.listeners.get('will-prevent-unload');
    expect(leaveGuard).toBeDefined();
    const closeAttempt = () => {
      const event = { unloads: false, preventDefault: () => void (event.unloads = true) };
      leaveGuard!(event);
      return event.unloads;
    };
    electron.nextMessageBox = 0; // 留在本页
    expect(closeAttempt()).toBe(false);
    electron.nextMessageBox = 1; // 仍要离开
    expect(closeAttempt()).toBe(true);
    expect(electron.messageBoxes[0]).toMatchObject({
      title: '有内容尚未保存',
      message: '有内容尚未写入数据库，现在离开会丢失。',
      buttons: ['留在本页', '仍要离开'],
      defaultId: 0,
      cancelId: 0,
    });
  });

  it('brings the one window forward when a second instance starts', () => {
    const [window] = electron.windows;
    window!.minimized = true;
    electron.emit('second-instance', {}, [process.execPath], process.cwd());
    expect(window!.calls).toEqual(['restore', 'focus']);
    expect(electron.windows).toHaveLength(1);
  });

  it('releases the database and the data-folder lock on quit', () => {
    expect(existsSync(path.join(electron.userData, LOCK_FILE))).toBe(true);
    electron.emit('will-quit');
    expect(existsSync(path.join(electron.userData, LOCK_FILE))).toBe(false);
  });
});
