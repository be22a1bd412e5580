import { readdirSync } from 'node:fs';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContext, createContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { startWebShell, TOKEN_HEADER, type WebShell } from '../../../electron/web/server';
import { exportOf, populatedStore } from '../bundle/support';
import { openTestStore } from '../store/support';
import { makeTestHost } from '../helpers/host';

const UPLOAD_MAX = 256 * 1024;

let shell: WebShell;
let context: ServiceContext;
let bundle: Uint8Array;

beforeAll(async () => {
  const source = await populatedStore();
  bundle = exportOf(source.store, source.assessment.id);
  source.store.close();
  const base = await createContext(makeTestHost({ runtime: 'web' }), { store: await openTestStore() });
  // the fixture's questionnaire is a test model: every model counts as installed here
  context = { ...base, isKnownModel: () => true };
  shell = await startWebShell({
    handlers,
    context,
    log: () => undefined,
    upload: {
      maxBytes: UPLOAD_MAX,
      accept: (file, name, size) => context.staged.add(file, size, true, name),
    },
  });
});

afterAll(async () => {
  await shell.close();
  closeContext(context);
});

const uploadsLeft = () => readdirSync(os.tmpdir()).filter((f) => f.startsWith('sfd-upload-'));

function upload(body: Uint8Array, name: string, token = shell.token) {
  return fetch(`${shell.url}upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: token, 'Content-Type': 'application/octet-stream' },
    body,
  });
}

function call(method: string, input: unknown) {
  return fetch(`${shell.url}api/${method}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: shell.token, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
}

describe('web shell: a bundle is uploaded as a stream to a temporary file, then imported from it', () => {
  it('stores the upload, imports it by id, then removes the temporary file; an id works once', async () => {
    const before = uploadsLeft().length;
    const response = await upload(bundle, '东莞精密.sfdx');
    expect(response.status).toBe(200);
    const staged = ((await response.json()) as { value: { fileId: string; fileName: string; size: number } })
      .value;
    expect(staged).toMatchObject({ fileName: '东莞精密.sfdx', size: bundle.length });
    expect(uploadsLeft()).toHaveLength(before + 1);

    const imported = await call('bundle.import', { fileName: staged.fileName, fileId: staged.fileId });
    expect(await imported.json()).toMatchObject({ ok: true, value: { outcome: 'created' } });
    expect(uploadsLeft()).toHaveLength(before);

    const again = await call('bundle.import', { fileName: staged.fileName, fileId: staged.fileId });
    expect(await again.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses an upload past the limit, in Chinese, and keeps nothing of it', async () => {
    const before = uploadsLeft().length;
    const response = await upload(new Uint8Array(UPLOAD_MAX + 1), 'big.sfdx');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringMatching(/文件过大/) },
    });
    expect(uploadsLeft()).toHaveLength(before);
  });

  it('refuses an upload without the token', async () => {
    const response = await upload(bundle, 'a.sfdx', 'wrong-token');
    expect(response.status).toBe(401);
  });
});
