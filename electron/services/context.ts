import type { Host } from './host';

/**
 * Everything a handler may use. Built once per process by createContext(); each domain adds
 * its service here (store, catalog, reports…). Nothing here imports electron.
 */
export interface ServiceContext {
  readonly host: Host;
}

export function createContext(host: Host): ServiceContext {
  return { host };
}
