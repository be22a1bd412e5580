import { useState } from 'react';
import type { ApiError } from '@contract/client';
import { runAction } from './action';

export interface Action<A extends unknown[], R> {
  run(...args: A): Promise<R | undefined>;
  busy: boolean;
  error: ApiError | undefined;
}

/** The busy flag and error of an API write (a button, a form): see runAction. */
export function useAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  onError?: (error: ApiError) => void,
): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const run = (...args: A) => runAction(() => action(...args), { setBusy, setError, onError });
  return { run, busy, error };
}
