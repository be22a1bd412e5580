import type { Handlers } from '@contract/dispatch';
import type { ServiceContext } from '../context';
import { stageBundle } from './pending-open';

type LaunchHandlers = Pick<Handlers<ServiceContext>, 'app.pendingOpen'>;

export const launchHandlers: LaunchHandlers = {
  // take() hands the path out once: a reload or a second window never re-imports the same file
  'app.pendingOpen': (_input, ctx) => {
    const file = ctx.host.takePendingOpen?.();
    return file === undefined ? null : stageBundle(ctx.staged, file);
  },
};
