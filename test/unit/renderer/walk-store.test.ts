import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/api/client';
import type { AppApi } from '../../../electron/api/contract';
import { INITIAL_CURSOR } from '../../../electron/api/records';
import { useWalk } from '../../../renderer/src/walkthrough/store';

const ASSESSMENT = '00000000-0000-4000-8000-000000000001';

interface Pending {
  input: { itemId: string; value: unknown; note: string; flagged: boolean };
  resolve(savedAt: string): void;
  reject(error: ApiError): void;
}

/** An API whose answer writes wait until the test settles them, in the order they arrived. */
function fakeApi() {
  const pending: Pending[] = [];
  const api = {
    'assessment.answer': (input: Pending['input']) =>
      new Promise((resolve, reject) => {
        pending.push({ input, resolve: (savedAt) => resolve({ savedAt, revision: pending.length }), reject });
      }),
    'assessment.setCursor': () => Promise.resolve({ savedAt: '2025-01-01T00:00:00.000Z' }),
  } as unknown as AppApi;
  return { api, pending };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const state = () => useWalk.getState();

/** A fresh walkthrough of ASSESSMENT, writing to a fake API the test settles. */
function opened() {
  const fake = fakeApi();
  state().open(fake.api, ASSESSMENT, [], INITIAL_CURSOR);
  return fake;
}

describe('walkthrough autosave', () => {
  it('shows "saved" only once the store acknowledged the write', async () => {
    const { pending } = opened();
    const done = state().write('q1', { value: { kind: 'level', level: 2 } });
    await flush();
    expect(state().answers.q1?.value).toEqual({ kind: 'level', level: 2 });
    expect(state().saves.q1).toEqual({ state: 'saving' });
    pending[0]!.resolve('2025-05-01T08:00:00.000Z');
    await done;
    expect(state().saves.q1).toEqual({ state: 'saved', at: '2025-05-01T08:00:00.000Z' });
  });

  it('sends quick changes one at a time, and an older acknowledgement never marks the newer one saved', async () => {
    const { pending } = opened();
    const first = state().write('q1', { value: { kind: 'level', level: 2 } });
    const second = state().write('q1', { value: { kind: 'level', level: 3 } });
    await flush();
    expect(pending).toHaveLength(1); // the second waits for the first
    pending[0]!.resolve('2025-05-01T08:00:00.000Z');
    await first;
    expect(state().saves.q1).toEqual({ state: 'saving' });
    await flush();
    expect(pending).toHaveLength(2);
    expect(pending[1]!.input.value).toEqual({ kind: 'level', level: 3 });
    pending[1]!.resolve('2025-05-01T08:00:01.000Z');
    await second;
    expect(state().saves.q1).toEqual({ state: 'saved', at: '2025-05-01T08:00:01.000Z' });
  });

  it('keeps a failed answer on screen, marked unsaved, and a retry saves it', async () => {
    const { pending } = opened();
    const failed = state().write('q2', { value: { kind: 'boolean', value: true }, note: '见设备台账' });
    await flush();
    pending[0]!.reject(new ApiError({ code: 'storage_error', message: '磁盘已满' }));
    await failed;
    const status = state().saves.q2;
    expect(status?.state).toBe('error');
    expect(status?.state === 'error' && status.error.code).toBe('storage_error');
    expect(state().answers.q2).toEqual({
      value: { kind: 'boolean', value: true },
      note: '见设备台账',
      flagged: false,
      respondent: null,
      sighted: 'unspecified',
    });

    const retried = state().retry('q2');
    await flush();
    expect(pending[1]!.input).toMatchObject({
      itemId: 'q2',
      value: { kind: 'boolean', value: true },
      note: '见设备台账',
    });
    pending[1]!.resolve('2025-05-01T09:00:00.000Z');
    await retried;
    expect(state().saves.q2).toEqual({ state: 'saved', at: '2025-05-01T09:00:00.000Z' });
  });

  it('a note or flag change sends the whole answer state', async () => {
    const { pending } = opened();
    void state().write('q3', { value: { kind: 'na' } });
    void state().write('q3', { flagged: true });
    await flush();
    pending[0]!.resolve('2025-05-01T08:00:00.000Z');
    await flush();
    await flush();
    expect(pending[1]!.input).toMatchObject({ itemId: 'q3', value: { kind: 'na' }, flagged: true, note: '' });
    // settled, so the module's one write queue is free for the next test
    pending[1]!.resolve('2025-05-01T08:00:01.000Z');
    await flush();
  });
});

describe('passed-over questions the consultant opens', () => {
  it('are kept in the cursor, so a reload opens them again', async () => {
    const cursors: unknown[] = [];
    const api = {
      'assessment.setCursor': (input: { cursor: unknown }) => {
        cursors.push(input.cursor);
        return Promise.resolve({ savedAt: '2025-01-01T00:00:00.000Z' });
      },
    } as unknown as AppApi;
    state().open(api, ASSESSMENT, [], INITIAL_CURSOR);
    state().openSkipped('cmmm.strategy.l3');
    await flush();
    expect(state().current).toBe('cmmm.strategy.l3');
    expect(cursors.at(-1)).toEqual({
      itemId: 'cmmm.strategy.l3',
      view: 'single',
      opened: ['cmmm.strategy.l3'],
    });
    // what the store gives back after a reload
    state().open(api, ASSESSMENT, [], {
      itemId: 'cmmm.strategy.l3',
      view: 'single',
      opened: ['cmmm.strategy.l3'],
    });
    expect([...state().opened]).toEqual(['cmmm.strategy.l3']);
    state().open(api, ASSESSMENT, [], INITIAL_CURSOR);
    expect(state().opened.size).toBe(0);
  });
});
