import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { MAX_BODY_BYTES, startWebShell, type WebShell } from '../../../electron/web/server';
import { makeTestHost } from '../helpers/host';

let shell: WebShell;
let staticDir: string;

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(os.tmpdir(), 'sfd-static-'));
  mkdirSync(path.join(staticDir, 'assets'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'secret');
  const context = await createContext(makeTestHost({ runtime: 'web' }));
  shell = await startWebShell({ handlers, context, staticDir, log: () => undefined });
});

afterAll(() => shell.close());

function call(
  method: string,
  body: string,
  headers: Record<string, string> = { 'x-sfd-token': shell.token },
) {
  return fetch(`${shell.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
}

/** Raw request, for headers fetch will not let us forge (Host) and paths it would normalise. */
function raw(
  pathname: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: shell.port, path: pathname, method: 'GET', headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('web shell', () => {
  it('binds to loopback and hands the token in the URL fragment', () => {
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(shell.appUrl).toBe(`${shell.url}#token=${shell.token}`);
    expect(shell.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers app.info with the contract shape', async () => {
    const res = await call('app.info', '{}');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; value: { runtime: string } };
    expect(body).toMatchObject({ ok: true, value: { runtime: 'web', name: '智造自诊' } });
  });

  it.each([
    ['missing token', 'app.info', '{}', {}, 401, 'unauthorized'],
    ['wrong token', 'app.info', '{}', { 'x-sfd-token': 'nope' }, 401, 'unauthorized'],
    ['bad JSON', 'app.info', '{"a":', undefined, 400, 'bad_request'],
    ['wrong types', 'app.ping', '[1,2]', undefined, 422, 'invalid_input'],
    ['unknown key', 'app.ping', '{"admin":true}', undefined, 422, 'invalid_input'],
    ['unknown method', 'app.format-disk', '{}', undefined, 404, 'unknown_method'],
  ])('%s → %i %s, and the server keeps serving', async (_name, method, body, headers, status, code) => {
    const res = await call(method, body, headers);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(json.ok).toBe(false);
    expect(json.error.code).toBe(code);
    expect(json.error.message.length).toBeGreaterThan(2);
    expect((await call('app.ping', '{}')).status).toBe(200);
  });

  it('refuses an oversized body before reading it', async () => {
    const res = await call('app.ping', '{}', {
      'x-sfd-token': shell.token,
      'Content-Length': String(MAX_BODY_BYTES + 1),
    }).catch(() => undefined);
    // undici may refuse to send a lying Content-Length; either way nothing reaches a handler
    if (res) expect(res.status).toBe(400);
    expect((await call('app.ping', '{}')).status).toBe(200);
  });

  it('rejects API calls made with GET', async () => {
    const res = await raw('/api/app.info', { 'x-sfd-token': shell.token });
    expect(res.status).toBe(400);
  });

  it('rejects a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await raw('/', { Host: 'evil.example:80' })).status).toBe(403);
    const res = await call('app.info', '{}', { 'x-sfd-token': shell.token, Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('serves the renderer with security headers and never escapes its folder', async () => {
    const res = await fetch(shell.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>app</title>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${shell.url}assets/app.js`)).headers.get('content-type')).toContain('javascript');
    for (const attack of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%00.js',
    ]) {
      const r = await raw(attack);
      expect(r.body).not.toContain('secret');
      expect([200, 404]).toContain(r.status);
    }
  });
});
