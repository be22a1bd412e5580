import type { Handlers } from '../api/dispatch';
import { appHandlers } from './app/handlers';
import type { ServiceContext } from './context';
import { launchHandlers } from './launch/handlers';
import { modelHandlers } from './model/handlers';
import { policyHandlers } from './policy/handlers';
import { portfolioHandlers } from './portfolio/handlers';
import { reportHandlers } from './report/handlers';
import { storeHandlers } from './store/handlers';

/** Binds every contract method to its service; `satisfies` makes a missing method a type error. */
export const handlers = {
  ...appHandlers,
  ...launchHandlers,
  ...modelHandlers,
  ...policyHandlers,
  ...portfolioHandlers,
  ...reportHandlers,
  ...storeHandlers,
} satisfies Handlers<ServiceContext>;
