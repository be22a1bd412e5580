/** The preload bridge exposes one async function per contract method under window.sfd, nothing else. */
import { describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../../electron/api/contract';

const bridge = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  invoked: [] as [string, unknown][],
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void bridge.exposed.push([key, api]) },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => {
      bridge.invoked.push([channel, input]);
      return Promise.resolve({ ok: true, value: null });
    },
  },
}));

describe('preload bridge', () => {
  it('exposes exactly window.sfd: a frozen object of contract methods that only invoke their channel', async () => {
    await import('../../../electron/preload');
    expect(bridge.exposed.map(([key]) => key)).toEqual(['sfd']);
    const api = bridge.exposed[0]![1] as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) expect(typeof api[method]).toBe('function');
    await api['app.ping']!({});
    expect(bridge.invoked).toEqual([['api:app.ping', {}]]);
    // no generic invoke, send or on: the page cannot reach other channels
    for (const leak of ['invoke', 'send', 'on', 'ipcRenderer', 'require', 'process'])
      expect(api[leak]).toBeUndefined();
  });
});
