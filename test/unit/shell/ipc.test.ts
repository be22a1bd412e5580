import { describe, expect, it } from 'vitest';
import { METHODS } from '../../../electron/api/contract';
import { bindIpc, isTrustedSender } from '../../../electron/ipc';
import { createContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { makeTestHost } from '../helpers/host';

type Listener = (event: unknown, input: unknown) => Promise<unknown>;

function fakeIpc() {
  const bound = new Map<string, Listener>();
  return { bound, handle: (channel: string, listener: Listener) => void bound.set(channel, listener) };
}

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('ipc binding', () => {
  it('registers exactly one channel per contract method', async () => {
    const ipc = fakeIpc();
    bindIpc(ipc as never, handlers, await createContext(makeTestHost()));
    expect([...ipc.bound.keys()].sort()).toEqual(METHODS.map((m) => `api:${m}`).sort());
  });

  it('answers the app frame and refuses other senders with a typed error', async () => {
    const ipc = fakeIpc();
    bindIpc(ipc as never, handlers, await createContext(makeTestHost()));
    const ping = ipc.bound.get('api:app.ping');
    expect(ping).toBeDefined();
    await expect(ping?.(frame('app://renderer/index.html'), {})).resolves.toMatchObject({ ok: true });
    for (const event of [
      frame('https://evil.example/'),
      frame('file:///etc/passwd'),
      frame('app://renderer/index.html', { url: 'app://renderer/' }), // a subframe
      { senderFrame: null },
    ]) {
      await expect(ping?.(event, {})).resolves.toEqual({
        ok: false,
        error: { code: 'forbidden', message: '拒绝来自非应用页面的调用' },
      });
    }
  });

  it('validates input on IPC exactly as on HTTP', async () => {
    const ipc = fakeIpc();
    bindIpc(ipc as never, handlers, await createContext(makeTestHost()));
    const result = await ipc.bound.get('api:app.info')?.(frame('app://renderer/'), { hack: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('treats an unparsable frame URL as untrusted', () => {
    expect(isTrustedSender(frame('not a url') as never)).toBe(false);
  });
});
