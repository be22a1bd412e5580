/**
 * The web shell as an attacker on the same machine or a rebinding web page sees it. Extends
 * test/unit/web/web-shell.test.ts (missing/wrong token, one foreign Host, one foreign Origin,
 * static path escapes) with the variants and the headers on every kind of response.
 */
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../electron/security/csp';
import { closeContext, createContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { startWebShell, TOKEN_HEADER, type WebShell } from '../../../electron/web/server';
import { makeTestHost } from '../helpers/host';

let shell: WebShell;
let context: ServiceContext;

beforeAll(async () => {
  context = await createContext(makeTestHost({ runtime: 'web' }));
  shell = await startWebShell({ handlers, context, log: () => undefined });
});
afterAll(async () => {
  await shell.close();
  closeContext(context);
});

interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with exactly these headers (Host included), which fetch would not let us forge. */
function request(
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
  host = `127.0.0.1:${shell.port}`,
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: shell.port,
        method,
        path: pathname,
        headers: { Host: host, ...headers },
        setHost: false,
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const withToken = () => ({ [TOKEN_HEADER]: shell.token, 'Content-Type': 'application/json' });
const setName = (name: string, host?: string, extra: Record<string, string> = {}) =>
  request(
    'POST',
    '/api/settings.set',
    { ...withToken(), ...extra },
    JSON.stringify({ consultantName: name }),
    host,
  );

describe('web shell hardening', () => {
  it.each([
    ['no port', () => '127.0.0.1'],
    ['another port', () => `127.0.0.1:${shell.port + 1}`],
    ['IPv6 loopback (not what we bind)', () => `[::1]:${shell.port}`],
    ['a rebinding name', () => `evil.example:${shell.port}`],
    ['our address as a prefix', () => `127.0.0.1:${shell.port}.evil.example`],
    ['userinfo trick', () => `localhost:${shell.port}@evil.example`],
    ['empty', () => ''],
  ])('refuses Host %s, even with the right token, before any handler runs', async (_name, host) => {
    const reply = await setName('被劫持', host());
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(context.store.settings.get().consultantName).not.toBe('被劫持');
  });

  it('accepts both loopback spellings of its own Host', async () => {
    expect((await setName('顾问甲')).status).toBe(200);
    expect((await setName('顾问乙', `localhost:${shell.port}`)).status).toBe(200);
  });

  it.each([
    ['null', () => 'null'],
    ['a web site', () => 'http://evil.example'],
    ['https on our port', () => `https://127.0.0.1:${shell.port}`],
    ['another local port', () => `http://127.0.0.1:${shell.port + 1}`],
  ])('refuses Origin %s', async (_name, origin) => {
    expect((await setName('跨源', undefined, { Origin: origin() })).status).toBe(403);
  });

  it('takes the token only from its header: not from the query, a cookie or the URL fragment', async () => {
    for (const [pathname, headers] of [
      [`/api/app.info?token=${shell.token}`, {}],
      ['/api/app.info', { Cookie: `token=${shell.token}` }],
      ['/api/app.info', { Authorization: `Bearer ${shell.token}` }],
    ] as const) {
      expect((await request('POST', pathname, headers, '{}')).status).toBe(401);
    }
  });

  it('sends the security headers on every kind of response, and never a CORS grant', async () => {
    const replies = [
      await request('POST', '/api/app.ping', withToken(), '{}'), // 200
      await request('POST', '/api/app.ping', {}, '{}'), // 401
      await request('POST', '/api/app.ping', withToken(), '{"a":'), // 400
      await request('GET', '/missing.js', {}), // 404 (no static folder)
      await request('GET', '/', {}, undefined, 'evil.example'), // 403
      await request('OPTIONS', '/api/app.ping', {
        Origin: `http://127.0.0.1:${shell.port}`,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': TOKEN_HEADER,
      }), // preflight
    ];
    expect(replies.map((r) => r.status)).toEqual([200, 401, 400, 404, 403, 400]);
    for (const reply of replies) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(reply.headers[name.toLowerCase()], `${reply.status} ${name}`).toBe(value);
      }
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
      expect(reply.body).not.toMatch(/at .*\.ts:\d+|node:internal/); // no stack traces
    }
  });

  it('listens on loopback only', async () => {
    expect(shell.url).toBe(`http://127.0.0.1:${shell.port}/`);
    const outward = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    if (!outward) return; // no non-loopback interface on this machine
    const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      const socket = net.connect({ host: outward, port: shell.port }, () => {
        socket.destroy();
        resolve(undefined);
      });
      socket.on('error', (e) => resolve(e));
    });
    expect(error?.code).toBe('ECONNREFUSED');
  });
});
