import { afterEach } from 'vitest';
import type { Store, StoreOptions } from '../../../electron/services/store';
import { openTestStore } from './support';

// Apart from support.ts, which child processes bundle: vitest cannot be loaded outside its runner.
/**
 * The stores a test file opens, each closed after its test: `fresh()` opens an empty one,
 * `keep(store)` takes one opened otherwise (a fixture, a populated store).
 */
export function closingStores() {
  const open: Store[] = [];
  afterEach(() => {
    for (const s of open.splice(0)) s.close();
  });
  const keep = (store: Store): Store => {
    open.push(store);
    return store;
  };
  const fresh = async (options: Partial<StoreOptions> = {}) => keep(await openTestStore(options));
  return { fresh, keep };
}
