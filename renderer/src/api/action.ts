import type { ApiError } from '@contract/client';
import { asApiError } from './useCall';

export interface ActionState {
  /** left out for a write that shows no progress of its own */
  setBusy?(busy: boolean): void;
  setError(error: ApiError | undefined): void;
  /** e.g. a toast, for actions whose error is not shown inline */
  onError?: ((error: ApiError) => void) | undefined;
}

/**
 * Runs one API write: busy while it runs, the previous error cleared, a failure kept as an ApiError
 * (never thrown), and busy cleared whatever happened. Resolves to the result, or undefined on failure.
 */
export async function runAction<R>(action: () => Promise<R>, state: ActionState): Promise<R | undefined> {
  state.setBusy?.(true);
  state.setError(undefined);
  try {
    return await action();
  } catch (e) {
    const error = asApiError(e);
    state.setError(error);
    state.onError?.(error);
    return undefined;
  } finally {
    state.setBusy?.(false);
  }
}
