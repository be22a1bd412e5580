import { createClient, type Transport } from '@contract/client';
import type { AppApi, Method } from '@contract/contract';
import type { Envelope } from '@contract/errors';

const TOKEN_KEY = 'sfd.token';
const TOKEN_HEADER = 'x-sfd-token';

type Bridge = Record<string, (input: unknown) => Promise<Envelope<unknown>>>;

function electronBridge(): Bridge | undefined {
  return (window as unknown as { sfd?: Bridge }).sfd;
}

/** The web shell hands its per-launch token in the URL fragment; keep it for reloads, then hide it. */
export function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * Writes flushed while the page unloads (reload, closed tab) must outlive it: those requests go
 * out with keepalive. Only then, because browsers cap all keepalive bodies in flight at 64 KiB.
 * These listeners are added before any screen's own, so the flag is set when screens flush.
 */
let unloading = false;
const KEEPALIVE_MAX_BYTES = 60_000;
// A beforeunload is not always followed by an unload (a download link, a navigation that stays in
// the page): the flag is cleared on the next task, which never runs when the page really goes.
window.addEventListener('beforeunload', () => {
  unloading = true;
  setTimeout(() => (unloading = false), 0);
});
window.addEventListener('pagehide', () => (unloading = true));
window.addEventListener('pageshow', () => (unloading = false));

function httpTransport(token: string): Transport {
  return async (method: Method, input: unknown) => {
    try {
      const body = JSON.stringify(input);
      const response = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body,
        keepalive: unloading && new TextEncoder().encode(body).length < KEEPALIVE_MAX_BYTES,
      });
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: 'network', details: { network: true } } };
    }
  };
}

function ipcTransport(bridge: Bridge): Transport {
  return async (method: Method, input: unknown) => {
    const call = bridge[method];
    if (!call) return { ok: false, error: { code: 'unknown_method', message: method } };
    return call(input);
  };
}

/** Whether the renderer runs in the desktop app (files are chosen through its own dialog). */
export function isDesktop(): boolean {
  return electronBridge() !== undefined;
}

/**
 * Web shell only: streams a chosen bundle to the server (the browser reads it from disk as it
 * goes; nothing holds it whole), which keeps it as a temporary file and answers its id for
 * bundle.import. The desktop app never uploads: its main process reads the chosen file itself.
 */
export async function uploadBundle(file: File): Promise<Envelope<unknown>> {
  try {
    const response = await fetch(`./upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', [TOKEN_HEADER]: takeToken() },
      body: file,
    });
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: 'network', details: { network: true } } };
  }
}

/** The renderer's only door to data: IPC under Electron, HTTP in a browser. */
export function createAppApi(): AppApi {
  const bridge = electronBridge();
  return createClient(bridge ? ipcTransport(bridge) : httpTransport(takeToken()));
}
