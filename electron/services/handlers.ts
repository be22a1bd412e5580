import type { Handlers } from '../api/dispatch';
import { appHandlers } from './app/handlers';
import type { ServiceContext } from './context';
import { policyHandlers } from './policy/handlers';
import { storeHandlers } from './store/handlers';

/** Binds every contract method to its service; `satisfies` makes a missing method a type error. */
export const handlers = {
  ...appHandlers,
  ...policyHandlers,
  ...storeHandlers,
} satisfies Handlers<ServiceContext>;
