import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/api/client';
import { runAction } from '../../../renderer/src/api/action';

function recorder() {
  const busy: boolean[] = [];
  const errors: (ApiError | undefined)[] = [];
  const toasts: ApiError[] = [];
  return {
    busy,
    errors,
    toasts,
    state: {
      setBusy: (b: boolean) => busy.push(b),
      setError: (e?: ApiError) => errors.push(e),
      onError: (e: ApiError) => toasts.push(e),
    },
  };
}

describe('runAction: busy and error around one API write', () => {
  it('is busy while the write runs, clears the old error and resolves to the result', async () => {
    const r = recorder();
    expect(await runAction(async () => 42, r.state)).toBe(42);
    expect(r.busy).toEqual([true, false]);
    expect(r.errors).toEqual([undefined]);
    expect(r.toasts).toEqual([]);
  });

  it('keeps a failure as an ApiError, tells onError, and is no longer busy', async () => {
    const r = recorder();
    const failure = new ApiError({ code: 'storage_error', message: '磁盘已满' });
    expect(await runAction(() => Promise.reject(failure), r.state)).toBeUndefined();
    expect(r.busy).toEqual([true, false]);
    expect(r.errors).toEqual([undefined, failure]);
    expect(r.toasts).toEqual([failure]);
  });

  it('turns anything else thrown into an internal ApiError', async () => {
    const r = recorder();
    await runAction(() => Promise.reject(new Error('boom')), r.state);
    const error = r.errors[1];
    expect(error).toBeInstanceOf(ApiError);
    expect(error?.code).toBe('internal');
  });
});
