import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../../electron/api/contract';
import type { Envelope } from '../../../electron/api/errors';
import { closeContext, createContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { MIGRATIONS } from '../../../electron/services/store';
import { startWebShell, type WebShell } from '../../../electron/web/server';
import { makeTestHost } from '../helpers/host';
import { profile, VALID_CODES } from '../store/support';

let shell: WebShell;
let context: ServiceContext;
const saved: { name: string; bytes: Uint8Array }[] = [];

beforeAll(async () => {
  const host = makeTestHost({
    runtime: 'web',
    saveFile: async (name, bytes) => {
      saved.push({ name, bytes });
      return `/chosen/${name}`;
    },
  });
  context = { ...(await createContext(host)), isKnownModel: (id) => id === 'smart-factory-tiers' };
  shell = await startWebShell({ handlers, context, log: () => undefined });
});

afterAll(async () => {
  await shell.close();
  closeContext(context);
});

async function call(method: Method, input: unknown): Promise<{ status: number; body: Envelope<unknown> }> {
  const res = await fetch(`${shell.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-sfd-token': shell.token },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as Envelope<unknown> };
}

async function ok<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const { status, body } = await call(method, input);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  expect(status).toBe(200);
  return body.value as Output<M>;
}

describe('store methods over the HTTP transport', () => {
  it('runs an assessment from enterprise to bundle, with autosave acknowledgements', async () => {
    await ok('settings.set', { consultantName: '网页顾问', organisation: '测试机构' });
    const enterprise = await ok('enterprise.save', { profile: profile() });
    expect(enterprise.sizeClass).toBe('medium');
    const assessment = await ok('assessment.create', {
      enterpriseId: enterprise.id,
      modelId: 'smart-factory-tiers',
      modelVersion: '2025.2',
    });
    expect(assessment).toMatchObject({
      status: 'draft',
      consultantName: '网页顾问',
      consultantOrg: '测试机构',
      revision: 0,
    });

    const ack = await ok('assessment.answer', {
      assessmentId: assessment.id,
      itemId: 'factory.network',
      value: { kind: 'level', level: 3 },
    });
    expect(ack).toEqual({ savedAt: expect.any(String), revision: 1 });
    await ok('assessment.setCursor', {
      assessmentId: assessment.id,
      cursor: { itemId: 'factory.network', view: 'questionnaire' },
    });
    const evidence = await ok('evidence.add', {
      assessmentId: assessment.id,
      itemId: 'factory.network',
      fileName: '拓扑.txt',
      mimeType: 'text/plain',
      base64: Buffer.from('交换机 24 台').toString('base64'),
    });
    expect(evidence.size).toBe(Buffer.byteLength('交换机 24 台'));

    const detail = await ok('assessment.get', { id: assessment.id });
    expect(detail.answers).toEqual([
      expect.objectContaining({ itemId: 'factory.network', value: { kind: 'level', level: 3 } }),
    ]);
    expect(detail.assessment.cursor).toEqual({ itemId: 'factory.network', view: 'questionnaire' });
    const events = await ok('assessment.events', { assessmentId: assessment.id });
    expect(events.items[0]).toMatchObject({ by: '网页顾问', old: null });
    expect((await ok('enterprise.list', { query: '精密' })).total).toBe(1);

    const exported = await ok('bundle.export', { assessmentId: assessment.id });
    expect(exported.savedTo).toBe(`/chosen/${exported.fileName}`);
    // written through the dialog, so the bytes do not travel back to the renderer as well
    expect(exported.base64).toBeUndefined();
    const written = saved.at(-1)!;
    expect(written.name).toBe(exported.fileName);
    const base64 = Buffer.from(written.bytes).toString('base64');
    const reimport = await ok('bundle.import', { fileName: exported.fileName, base64 });
    expect(reimport).toMatchObject({
      outcome: 'unchanged',
      assessmentId: assessment.id,
      enterpriseMatched: true,
    });

    expect(await ok('assessment.complete', { id: assessment.id })).toMatchObject({ status: 'completed' });
    const refused = await call('assessment.answer', {
      assessmentId: assessment.id,
      itemId: 'x',
      value: null,
    });
    expect(refused).toMatchObject({ status: 409, body: { ok: false, error: { code: 'conflict' } } });
  });

  it('turns a bad credit code and a hostile bundle into typed errors with Chinese messages', async () => {
    const bad = await call('enterprise.save', {
      profile: profile({ creditCode: VALID_CODES[0].slice(0, 17) + 'X' }),
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/校验位不正确/) },
    });

    const junk = await call('bundle.import', {
      fileName: 'x.sfdx',
      base64: Buffer.from('PK not a zip').toString('base64'),
    });
    expect(junk).toMatchObject({
      status: 422,
      body: { ok: false, error: { code: 'import_rejected', details: { reason: 'not-a-zip' } } },
    });

    const unknownModel = await call('assessment.create', {
      enterpriseId: crypto.randomUUID(),
      modelId: 'nope',
      modelVersion: '1',
    });
    expect(unknownModel.body).toMatchObject({
      ok: false,
      error: { code: 'unsupported_version', message: expect.stringMatching(/未知的问卷模型/) },
    });
  });

  it('reports store status and lists the backup made on open', async () => {
    const status = await ok('store.status', {});
    expect(status).toMatchObject({
      schemaVersion: MIGRATIONS.length,
      recovery: null,
      lastBackup: { kind: 'daily' },
    });
    const backups = await ok('backup.list', {});
    expect(backups.items).toHaveLength(1);
    const missing = await call('backup.restore', { fileName: 'daily-nope.sqlite' });
    expect(missing.body).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
