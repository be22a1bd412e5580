import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { dispatch, type Handlers } from '@contract/dispatch';
import { HTTP_STATUS, type ApiErrorBody, type Envelope } from '@contract/errors';
import { SECURITY_HEADERS } from '../security/csp';
import { readStatic } from './static';

/** Large enough for a 50 MB evidence file or bundle sent as base64, small enough to refuse abuse. */
export const MAX_BODY_BYTES = 80 * 1024 * 1024;
export const TOKEN_HEADER = 'x-sfd-token';
/** A body still arriving after this long is abandoned: 80 MB over loopback takes well under a second. */
export const BODY_TIMEOUT_MS = 30_000;
/** One browser tab needs a handful of sockets; more than this is a runaway client, not a consultant. */
export const MAX_CONNECTIONS = 64;

export interface WebShellOptions<Ctx> {
  readonly handlers: Handlers<Ctx>;
  readonly context: Ctx;
  /** built renderer (dist/renderer); without it only the API is served */
  readonly staticDir?: string;
  /** 0 = a random free port */
  readonly port?: number;
  /** fixed token for tests; a fresh random one per launch otherwise */
  readonly token?: string;
  readonly log?: (error: unknown) => void;
  /** tests shorten these to exercise the limits */
  readonly bodyTimeoutMs?: number;
  readonly maxConnections?: number;
  /**
   * POST /upload?name=<file name>: the body (a bundle) is streamed to a temporary file, never
   * held whole, and handed here; the answer (the file's id) is what bundle.import then takes.
   */
  readonly upload?: {
    readonly maxBytes: number;
    readonly accept: (file: string, fileName: string, size: number) => unknown;
  };
}

export interface WebShell {
  readonly url: string;
  /** the URL to open: carries the token in the fragment, which browsers never send to servers */
  readonly appUrl: string;
  readonly token: string;
  readonly port: number;
  close(): Promise<void>;
}

class HttpFailure extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

function fail(code: ApiErrorBody['code'], message: string): never {
  throw new HttpFailure({ code, message });
}

function send(res: http.ServerResponse, status: number, type: string, body: Buffer | string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendEnvelope(res: http.ServerResponse, envelope: Envelope<unknown>): void {
  const status = envelope.ok ? 200 : HTTP_STATUS[envelope.error.code];
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(envelope));
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** DNS-rebinding guard: the Host header must name this loopback server. */
function checkHost(req: http.IncomingMessage, port: number): void {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowed.includes(req.headers.host ?? '')) fail('forbidden', '只接受本机地址 127.0.0.1 的请求');
  const origin = req.headers.origin;
  if (origin && !allowed.some((h) => origin === `http://${h}`)) fail('forbidden', '拒绝跨源请求');
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) fail('bad_request', `请求体过大（上限 ${MAX_BODY_BYTES / 1024 / 1024} MB）`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) fail('bad_request', `请求体过大（上限 ${MAX_BODY_BYTES / 1024 / 1024} MB）`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return fail('bad_request', '请求体不是有效的 JSON');
  }
}

/** The method name of /api/<method>; a malformed %-escape is the caller's error, not ours. */
function methodOf(url: string): string {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
  } catch {
    return fail('bad_request', '接口地址中的方法名编码无效');
  }
}

async function handleApi<Ctx>(req: http.IncomingMessage, opts: WebShellOptions<Ctx>, token: string) {
  if (req.method !== 'POST') fail('bad_request', '接口只接受 POST 请求');
  const given = req.headers[TOKEN_HEADER];
  if (!sameToken(typeof given === 'string' ? given : undefined, token))
    fail('unauthorized', '缺少或错误的访问令牌');
  const method = methodOf(req.url ?? '');
  const input = parseJson(await readBody(req));
  return dispatch(opts.handlers, opts.context, method, input);
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Counts the bytes streaming through and stops the stream once they pass `max`. */
function capAt(max: number): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > max)
        done(new HttpFailure({ code: 'bad_request', message: `文件过大（上限 ${mb(max)} MB）` }));
      else done(null, chunk);
    },
  });
}

/** The upload route: token checked, body streamed to a temporary file, then handed to `accept`. */
async function handleUpload<Ctx>(req: http.IncomingMessage, opts: WebShellOptions<Ctx>, token: string) {
  const upload = opts.upload;
  if (!upload) return fail('bad_request', '不支持上传');
  if (req.method !== 'POST') fail('bad_request', '上传只接受 POST 请求');
  const given = req.headers[TOKEN_HEADER];
  if (!sameToken(typeof given === 'string' ? given : undefined, token))
    fail('unauthorized', '缺少或错误的访问令牌');
  const name = new URL(req.url ?? '', 'http://127.0.0.1').searchParams.get('name') ?? '';
  const fileName = path.basename(name).slice(0, 255) || 'upload';
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > upload.maxBytes) fail('bad_request', `文件过大（上限 ${mb(upload.maxBytes)} MB）`);
  const file = path.join(os.tmpdir(), `sfd-upload-${randomUUID()}.part`);
  try {
    const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
    await pipeline(req, capAt(upload.maxBytes), out);
    return { ok: true as const, value: upload.accept(file, fileName, out.bytesWritten) };
  } catch (error) {
    rmSync(file, { force: true });
    throw error;
  }
}

async function route<Ctx>(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  opts: WebShellOptions<Ctx>,
  token: string,
  port: number,
): Promise<void> {
  try {
    checkHost(req, port);
    if ((req.url ?? '').startsWith('/api/')) return sendEnvelope(res, await handleApi(req, opts, token));
    if ((req.url ?? '').startsWith('/upload')) return sendEnvelope(res, await handleUpload(req, opts, token));
    if (req.method !== 'GET' && req.method !== 'HEAD') fail('bad_request', '不支持的请求方法');
    const file = opts.staticDir ? await readStatic(opts.staticDir, req.url ?? '/') : undefined;
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    send(res, 200, file.type, file.body);
  } catch (error) {
    if (error instanceof HttpFailure) return sendEnvelope(res, { ok: false, error: error.body });
    (opts.log ?? console.error)(error);
    sendEnvelope(res, { ok: false, error: { code: 'internal', message: '内部错误' } });
  }
}

/** Serves the renderer and the contract over HTTP on 127.0.0.1 only. */
export function startWebShell<Ctx>(opts: WebShellOptions<Ctx>): Promise<WebShell> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const bodyTimeoutMs = opts.bodyTimeoutMs ?? BODY_TIMEOUT_MS;
  // requestTimeout bounds the whole request (headers and body); headersTimeout must not exceed it
  const server = http.createServer({
    requestTimeout: bodyTimeoutMs,
    headersTimeout: Math.min(bodyTimeoutMs, 20_000),
    connectionsCheckingInterval: Math.min(1_000, bodyTimeoutMs),
  });
  // sockets beyond the cap are closed by Node as soon as they are accepted
  server.maxConnections = opts.maxConnections ?? MAX_CONNECTIONS;
  let port = 0;
  server.on('request', (req, res) => void route(req, res, opts, token, port));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const url = `http://127.0.0.1:${port}/`;
      resolve({
        url,
        appUrl: `${url}#token=${token}`,
        token,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
