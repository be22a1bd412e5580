import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../electron/api/client';
import { METHODS } from '../../../electron/api/contract';
import { dispatch, type Handlers } from '../../../electron/api/dispatch';
import { AppError } from '../../../electron/api/errors';
import { createContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { makeTestHost } from '../helpers/host';

async function testContext(): Promise<ServiceContext> {
  return createContext(makeTestHost());
}

describe('dispatch', () => {
  it('answers app.ping and app.info with values that pass the output schema', async () => {
    const ctx = await testContext();
    const ping = await dispatch(handlers, ctx, 'app.ping', {});
    expect(ping).toMatchObject({ ok: true, value: { pong: true } });
    const info = await dispatch(handlers, ctx, 'app.info', {});
    expect(info.ok && info.value).toMatchObject({
      name: '智造自诊',
      runtime: 'test',
      dataDir: ctx.host.dataDir,
    });
  });

  it('rejects an unknown method with unknown_method and never calls a handler', async () => {
    const result = await dispatch(handlers, await testContext(), 'app.shutdown', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: '未知的方法：app.shutdown' },
    });
  });

  it('does not treat inherited object keys as methods', async () => {
    const result = await dispatch(handlers, await testContext(), 'constructor', {});
    expect(result.ok || result.error.code).toBe('unknown_method');
  });

  it('rejects input that fails the schema with the offending path in Chinese', async () => {
    const result = await dispatch(handlers, await testContext(), 'app.ping', { extra: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toContain('extra');
    expect(result.error.details).toEqual({ issues: [expect.objectContaining({ path: '(root)' })] });
  });

  it('rejects non-object input', async () => {
    for (const bad of ['x', 42, [1], true]) {
      const result = await dispatch(handlers, await testContext(), 'app.ping', bad);
      expect(result.ok || result.error.code).toBe('invalid_input');
    }
  });

  it('turns an AppError into its typed body and anything else into a stack-free internal error', async () => {
    const ctx = await testContext();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = {
      ...handlers,
      'app.ping': () => {
        throw new AppError('conflict', '数据冲突：测试', { id: 1 });
      },
      'app.info': () => {
        throw new Error('secret /home/path');
      },
    } as Handlers<ServiceContext>;
    expect(await dispatch(failing, ctx, 'app.ping', {})).toEqual({
      ok: false,
      error: { code: 'conflict', message: '数据冲突：测试', details: { id: 1 } },
    });
    const internal = await dispatch(failing, ctx, 'app.info', {});
    expect(internal).toEqual({ ok: false, error: { code: 'internal', message: '内部错误，请查看日志' } });
    log.mockRestore();
  });

  it('reports a handler that returns the wrong shape as an internal error', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = {
      ...handlers,
      'app.ping': () => ({ pong: 'yes' }),
    } as unknown as Handlers<ServiceContext>;
    const result = await dispatch(broken, await testContext(), 'app.ping', {});
    expect(result.ok || result.error.code).toBe('internal');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe('typed client', () => {
  it('has one function per contract method and throws ApiError with the code', async () => {
    const api = createClient(async (method) =>
      method === 'app.ping'
        ? { ok: true, value: { pong: true, at: '2026-01-01T00:00:00.000Z' } }
        : { ok: false, error: { code: 'not_found', message: '找不到' } },
    );
    expect(Object.keys(api).sort()).toEqual([...METHODS].sort());
    await expect(api['app.ping']({})).resolves.toMatchObject({ pong: true });
    await expect(api['app.info']({})).rejects.toMatchObject({ name: 'ApiError', code: 'not_found' });
  });
});
