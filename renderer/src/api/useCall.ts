import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '@contract/client';

export interface CallState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) });
}

interface Settled<T> {
  readonly request: number;
  readonly data?: T;
  readonly error?: ApiError;
}

/**
 * Runs an API call when its deps change and keeps the latest result. `loading` is derived
 * (the settled result belongs to an older request), so the effect never sets state synchronously.
 */
export function useCall<T>(call: () => Promise<T>, deps: readonly unknown[]): CallState<T> {
  const [request, setRequest] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>({ request: -1 });
  useEffect(() => {
    let live = true;
    call().then(
      (data) => live && setSettled({ request, data }),
      (error: unknown) => live && setSettled({ request, error: asApiError(error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, request]);
  const reload = useCallback(() => setRequest((n) => n + 1), []);
  return { data: settled.data, error: settled.error, loading: settled.request !== request, reload };
}
