import type { Handlers } from '../api/dispatch';
import { appHandlers } from './app/handlers';
import type { ServiceContext } from './context';

/** Binds every contract method to its service; `satisfies` makes a missing method a type error. */
export const handlers = {
  ...appHandlers,
} satisfies Handlers<ServiceContext>;
