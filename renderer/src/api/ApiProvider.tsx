import { createContext, useContext, type ReactNode } from 'react';
import type { AppApi } from '@contract/contract';

const ApiContext = createContext<AppApi | undefined>(undefined);

export function ApiProvider({ api, children }: { api: AppApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** Components get the API from here and never learn where the data lives. */
export function useApi(): AppApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
