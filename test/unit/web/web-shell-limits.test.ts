import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContext, createContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { startWebShell, type WebShell } from '../../../electron/web/server';
import { makeTestHost } from '../helpers/host';

const BODY_TIMEOUT_MS = 1_500;
const MAX_CONNECTIONS = 4;

let shell: WebShell;
let context: ServiceContext;

beforeAll(async () => {
  context = await createContext(makeTestHost({ runtime: 'web' }));
  shell = await startWebShell({
    handlers,
    context,
    log: () => undefined,
    bodyTimeoutMs: BODY_TIMEOUT_MS,
    maxConnections: MAX_CONNECTIONS,
  });
});

afterAll(async () => {
  await shell.close();
  closeContext(context);
});

interface Outcome {
  /** what the server wrote before the socket ended */
  readonly received: string;
  /** ms from connecting until the server ended the socket */
  readonly endedAfterMs: number;
}

/** Connects, writes `first`, then waits (never finishing the request) until the server ends the socket. */
function connectAndStall(first: string, giveUpMs: number): Promise<Outcome | 'still-open'> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(shell.port, '127.0.0.1', () => socket.write(first));
    let received = '';
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve('still-open');
    }, giveUpMs);
    socket.on('data', (d: Buffer) => (received += d.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve({ received, endedAfterMs: Date.now() - started });
    });
  });
}

function slowBodyHead(length: number): string {
  return (
    `POST /api/app.ping HTTP/1.1\r\nHost: 127.0.0.1:${shell.port}\r\n` +
    `x-sfd-token: ${shell.token}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n{`
  );
}

/** Opens a socket and keeps it idle; resolves once the server has accepted it (or closed it). */
function openIdle(): Promise<{ socket: net.Socket; closed: Promise<void> }> {
  return new Promise((resolve) => {
    const socket = net.connect(shell.port, '127.0.0.1');
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.on('error', () => undefined);
    socket.on('connect', () => resolve({ socket, closed }));
  });
}

describe('web shell limits', () => {
  it('drops a request whose body trickles in past the body timeout', { timeout: 20_000 }, async () => {
    const outcome = await connectAndStall(slowBodyHead(1_000), BODY_TIMEOUT_MS * 6);
    expect(outcome).not.toBe('still-open');
    const { received, endedAfterMs } = outcome as Outcome;
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(endedAfterMs).toBeGreaterThanOrEqual(BODY_TIMEOUT_MS - 100);
  });

  it(
    'serves at most the connection cap at once and frees a slot when one closes',
    { timeout: 20_000 },
    async () => {
      const held = [];
      for (let i = 0; i < MAX_CONNECTIONS; i++) held.push(await openIdle());
      const extra = await openIdle();
      const refused = await Promise.race([
        extra.closed.then(() => 'closed' as const),
        new Promise<'open'>((r) => setTimeout(() => r('open'), 1_000)),
      ]);
      expect(refused).toBe('closed');

      held.pop()!.socket.destroy();
      await new Promise((r) => setTimeout(r, 100));
      const ping = await fetch(`${shell.url}api/app.ping`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-sfd-token': shell.token },
        body: '{}',
      });
      expect(ping.status).toBe(200);
      for (const h of held) h.socket.destroy();
    },
  );
});
