import { create } from 'zustand';
import type { AnswerMap } from '@engine/answer';
import { sharedFigureUpdates } from '@engine/figures-check';
import type { ApiError } from '@contract/client';
import type { AppApi } from '@contract/contract';
import type { AnswerRecord, AnswerState, Cursor } from '@contract/records';
import { asApiError } from '../api/useCall';
import { guardUnsaved } from '../common/unsaved-guard';

/**
 * The walkthrough of one assessment: answers as the consultant sees them, and per answer whether
 * the store has acknowledged it. An answer shows as saved only after assessment.answer resolved
 * for its latest change; a failed write keeps the answer on screen, marked unsaved, with a retry.
 * Notes are written while typing, once the keys pause (NOTE_DELAY_MS); `flush` writes a pending
 * note at once (item change, leaving the screen, reload, closing the window).
 */
export type SaveStatus =
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly at: string }
  | { readonly state: 'error'; readonly error: ApiError };

export type ViewMode = 'single' | 'list';

interface WalkState {
  /** where the answers are written: given by `open`, so the screens never pass it around */
  api: AppApi | undefined;
  assessmentId: string | undefined;
  answers: Record<string, AnswerState>;
  saves: Record<string, SaveStatus>;
  current: string | undefined;
  view: ViewMode;
  /** passed-over questions the consultant opened: asked and counted again, kept in the cursor */
  opened: ReadonlySet<string>;
  open(api: AppApi, assessmentId: string, answers: readonly AnswerRecord[], cursor: Cursor): void;
  setCurrent(itemId: string): void;
  setView(view: ViewMode): void;
  /** asks a passed-over question after all, and goes to it */
  openSkipped(itemId: string): void;
  write(itemId: string, patch: Partial<AnswerState>): Promise<void>;
  /** a keystroke in the note: shown at once, written after a pause in typing */
  typeNote(itemId: string, note: string): void;
  /** writes every pending note now; `leaving` sends without waiting for earlier writes (page unload) */
  flush(leaving?: boolean): Promise<void>;
  retry(itemId: string): Promise<void>;
}

/** Well under the one second within which a typed note must reach the store. */
export const NOTE_DELAY_MS = 600;

const BLANK: AnswerState = {
  value: null,
  note: '',
  flagged: false,
  respondent: null,
  sighted: 'unspecified',
};

/** Writes go out one at a time, in the order given, so a quick 2-then-3 never lands as 2. */
let queue: Promise<unknown> = Promise.resolve();
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Latest change number per item, so an older acknowledgement never marks a newer change saved. */
const sequence = new Map<string, number>();
/** Notes typed but not yet sent, per item: the timer that will send them. */
const pendingNotes = new Map<string, ReturnType<typeof setTimeout>>();
const bump = (itemId: string) => {
  const seq = (sequence.get(itemId) ?? 0) + 1;
  sequence.set(itemId, seq);
  return seq;
};
const cancelPending = (itemId: string) => {
  clearTimeout(pendingNotes.get(itemId));
  pendingNotes.delete(itemId);
};

export function viewOf(cursor: Cursor): ViewMode {
  return cursor.view === 'list' ? 'list' : 'single';
}

export const useWalk = create<WalkState>((set, get) => {
  const persistCursor = () => {
    const { api, assessmentId, current, view, opened } = get();
    if (!api || !assessmentId) return;
    const cursor = { itemId: current ?? null, view, ...(opened.size > 0 ? { opened: [...opened] } : {}) };
    void enqueue(() => api['assessment.setCursor']({ assessmentId, cursor })).catch(() => undefined);
  };

  const send = async (itemId: string, leaving = false): Promise<void> => {
    const { api, assessmentId } = get();
    if (!api || !assessmentId) return;
    cancelPending(itemId);
    const seq = bump(itemId);
    set((s) => ({ saves: { ...s.saves, [itemId]: { state: 'saving' } } }));
    const settle = (status: SaveStatus): boolean => {
      if (sequence.get(itemId) !== seq || get().assessmentId !== assessmentId) return false;
      set((s) => ({ saves: { ...s.saves, [itemId]: status } }));
      return true;
    };
    try {
      const write = () => {
        const state = get().answers[itemId] ?? BLANK;
        return api['assessment.answer']({ assessmentId, itemId, ...state });
      };
      // an unloading page may not live to see earlier writes finish: this one goes out now
      const ack = await (leaving ? write() : enqueue(write));
      if (settle({ state: 'saved', at: ack.savedAt })) mirrorShared(itemId, ack.savedAt);
    } catch (error) {
      settle({ state: 'error', error: asApiError(error) });
    }
  };

  /** the service wrote a figure shared with other items to them too: show the same here */
  const mirrorShared = (itemId: string, at: string) => {
    const { answers } = get();
    const updates = sharedFigureUpdates(itemId, answers[itemId]?.value ?? null, (id) => answers[id]?.value);
    if (updates.length === 0) return;
    set((s) => ({
      answers: {
        ...s.answers,
        ...Object.fromEntries(
          updates.map((u) => [u.itemId, { ...(s.answers[u.itemId] ?? BLANK), value: u.value }]),
        ),
      },
      saves: { ...s.saves, ...Object.fromEntries(updates.map((u) => [u.itemId, { state: 'saved', at }])) },
    }));
  };

  return {
    api: undefined,
    assessmentId: undefined,
    answers: {},
    saves: {},
    current: undefined,
    view: 'single',
    opened: new Set(),
    open(api, assessmentId, answers, cursor) {
      for (const itemId of [...pendingNotes.keys()]) cancelPending(itemId);
      sequence.clear();
      set({
        api,
        assessmentId,
        answers: Object.fromEntries(
          answers.map((a) => [
            a.itemId,
            {
              value: a.value,
              note: a.note,
              flagged: a.flagged,
              respondent: a.respondent,
              sighted: a.sighted,
            },
          ]),
        ),
        saves: Object.fromEntries(answers.map((a) => [a.itemId, { state: 'saved', at: a.updatedAt }])),
        current: cursor.itemId ?? undefined,
        view: viewOf(cursor),
        opened: new Set(cursor.opened ?? []),
      });
    },
    setCurrent(itemId) {
      if (get().current === itemId) return;
      void get().flush();
      set({ current: itemId });
      persistCursor();
    },
    setView(view) {
      set({ view });
      persistCursor();
    },
    openSkipped(itemId) {
      void get().flush();
      set((s) => ({ opened: new Set([...s.opened, itemId]), current: itemId }));
      persistCursor();
    },
    async write(itemId, patch) {
      set((s) => ({ answers: { ...s.answers, [itemId]: { ...(s.answers[itemId] ?? BLANK), ...patch } } }));
      await send(itemId);
    },
    typeNote(itemId, note) {
      bump(itemId);
      cancelPending(itemId);
      set((s) => ({
        answers: { ...s.answers, [itemId]: { ...(s.answers[itemId] ?? BLANK), note } },
        saves: { ...s.saves, [itemId]: { state: 'saving' } },
      }));
      pendingNotes.set(
        itemId,
        setTimeout(() => void send(itemId), NOTE_DELAY_MS),
      );
    },
    async flush(leaving = false) {
      await Promise.all([...pendingNotes.keys()].map((itemId) => send(itemId, leaving)));
    },
    retry: (itemId) => send(itemId),
  };
});

// an answer or note the store refused is still only on screen: ask before the page goes
guardUnsaved(() => Object.values(useWalk.getState().saves).some((s) => s.state === 'error'));

/** The answered values, as the engine scores them. */
export function answerMap(answers: Readonly<Record<string, AnswerState>>): AnswerMap {
  const map: Record<string, NonNullable<AnswerState['value']>> = {};
  for (const [id, a] of Object.entries(answers)) if (a.value) map[id] = a.value;
  return map;
}
