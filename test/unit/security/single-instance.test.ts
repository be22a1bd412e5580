/**
 * A second launch of the desktop app: main.ts must lose the single-instance lock and quit
 * before it opens a window, a database or an IPC channel (the running instance is focused
 * instead, see electron-main.test.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { FakeElectron } from './fake-electron';

const fake = vi.hoisted(() => ({ current: undefined as FakeElectron | undefined }));
vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron');
  fake.current = createFakeElectron({ singleInstance: false });
  return fake.current.module;
});

describe('second instance of the desktop app', () => {
  it('quits at once: no window, no data folder, no IPC, no protocol', async () => {
    await import('../../../electron/main');
    const electron = fake.current!;
    await new Promise((resolve) => setTimeout(resolve, 50)); // anything start() would do has happened
    expect(electron.calls).toEqual(['requestSingleInstanceLock', 'quit']);
    expect(electron.windows).toEqual([]);
    expect(electron.ipcHandlers.size).toBe(0);
    expect(electron.protocolHandlers.size).toBe(0);
    expect(existsSync(electron.userData) ? readdirSync(electron.userData) : []).toEqual([]);
  });
});
