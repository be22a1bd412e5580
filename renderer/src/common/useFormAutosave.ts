import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '@contract/client';
import { asApiError } from '../api/useCall';
import { guardUnsaved } from './unsaved-guard';
import { useOnLeave } from './useOnLeave';

/** Where a form's autosave stands; "saved" only once the store acknowledged the latest change. */
export type AutosaveStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly at: string }
  | { readonly state: 'invalid' }
  | { readonly state: 'error'; readonly error: ApiError };

/** antd's answer for a validation overtaken by a newer one: [] or { outOfDate: true }. */
function isOutOfDate(failure: unknown): boolean {
  if (Array.isArray(failure)) return true;
  return (
    typeof failure === 'object' && failure !== null && 'outOfDate' in failure && failure.outOfDate === true
  );
}

/** A pause in typing this long sends the form; well under the one second the convention allows. */
export const FORM_AUTOSAVE_DELAY_MS = 700;

interface Pending<V> {
  seq: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** values that passed validation and are not yet sent */
  ready: V | undefined;
  /** the validation of the latest change, so a flush sends what the consultant last typed */
  checked: Promise<void>;
  /** the change whose validation has settled (valid or not); `seq` when nothing waits for one */
  validated: number;
  /** the one validation run per change, shared by the scheduled start and a flush that cannot wait */
  checking: { seq: number; done: Promise<void> } | undefined;
  /** sends go out one at a time, in order, so an older form never lands after a newer one */
  chain: Promise<unknown>;
}

/**
 * Autosave for an antd form: every change is validated; valid values are sent after a pause in
 * typing, and at once when the consultant leaves the screen, reloads or closes the window. While
 * any field is invalid nothing is sent (a half-written form is never stored) and the status says
 * so; antd marks the fields themselves. `save` resolves with the store's acknowledgement time.
 */
export function useFormAutosave<V>(form: FormInstance<V>, save: (values: V) => Promise<string>) {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'idle' });
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  const pending = useRef<Pending<V>>({
    seq: 0,
    timer: undefined,
    ready: undefined,
    checked: Promise.resolve(),
    validated: 0,
    checking: undefined,
    chain: Promise.resolve(),
  });

  /** true once the store holds the form as it stands (or nothing was pending) */
  const send = useCallback(async (leaving: boolean): Promise<boolean> => {
    const p = pending.current;
    clearTimeout(p.timer);
    p.timer = undefined;
    const values = p.ready;
    if (values === undefined) return true;
    p.ready = undefined;
    const seq = p.seq;
    setStatus({ state: 'saving' });
    const run = () => saveRef.current(values);
    const sent = leaving ? run() : p.chain.then(run, run);
    p.chain = sent.catch(() => undefined);
    try {
      const at = await sent;
      if (seq === p.seq) setStatus({ state: 'saved', at });
      return true;
    } catch (error) {
      if (seq !== p.seq) return false;
      p.ready ??= values;
      setStatus({ state: 'error', error: asApiError(error) });
      return false;
    }
  }, []);

  /**
   * Validates the form as it stands. antd settles only its latest validation and rejects the older
   * ones as out of date (a field's own check on change starts right after onValuesChange), so an
   * out-of-date answer asks again rather than counting as invalid.
   */
  const check = useCallback(
    (seq: number): Promise<void> => {
      const again = (): Promise<void> =>
        form.validateFields({ validateOnly: true }).then(
          () => {
            const p = pending.current;
            if (seq !== p.seq) return;
            p.validated = seq;
            p.ready = form.getFieldsValue(true) as V;
            p.timer = setTimeout(() => void send(false), FORM_AUTOSAVE_DELAY_MS);
          },
          (failure: unknown) => {
            const p = pending.current;
            if (seq !== p.seq) return;
            if (isOutOfDate(failure)) return again();
            p.validated = seq;
            p.ready = undefined;
            setStatus({ state: 'invalid' });
          },
        );
      return again();
    },
    [form, send],
  );

  /**
   * Validates the latest change, once: two runs for one change would each make the other out of
   * date and ask again without end.
   */
  const checkLatest = useCallback((): Promise<void> => {
    const p = pending.current;
    if (p.checking?.seq !== p.seq) p.checking = { seq: p.seq, done: check(p.seq) };
    return p.checking.done;
  }, [check]);

  /** Call from the form's onValuesChange (and after adding or removing list rows). */
  const changed = useCallback(() => {
    const p = pending.current;
    const seq = ++p.seq;
    clearTimeout(p.timer);
    p.timer = undefined;
    setStatus({ state: 'saving' });
    // after the render that follows the change, so rows just added are validated too
    p.checked = new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
      seq === pending.current.seq ? checkLatest() : undefined,
    );
  }, [checkLatest]);

  /** Sends what is pending now (the consultant leaves, or asks to save). */
  const flush = useCallback(
    async (leaving = false) => {
      const p = pending.current;
      if (!leaving) await p.checked;
      // unloading: the render the scheduled validation waits for never comes, so the last change
      // (a reload at once after typing) is validated now; that settles in microtasks, which run
      // before the page goes, and the save it allows leaves with the unloading page
      else if (p.validated !== p.seq) await checkLatest();
      return send(leaving);
    },
    [send, checkLatest],
  );
  const retry = useCallback(() => {
    void send(false);
  }, [send]);

  useOnLeave((leaving) => void flush(leaving));
  useUnsavedWhile(status);
  return { status, changed, flush, retry };
}

/** A refused save or an invalid field holds text the store does not have: ask before leaving. */
function useUnsavedWhile(status: AutosaveStatus): void {
  const latest = useRef(status);
  useEffect(() => {
    latest.current = status;
  }, [status]);
  useEffect(
    () => guardUnsaved(() => latest.current.state === 'error' || latest.current.state === 'invalid'),
    [],
  );
}
