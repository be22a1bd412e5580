import type { Handlers } from '../../api/dispatch';
import type { ServiceContext } from '../context';

type AppHandlers = Pick<Handlers<ServiceContext>, 'app.ping' | 'app.info'>;

export const appHandlers: AppHandlers = {
  'app.ping': () => ({ pong: true, at: new Date().toISOString() }),
  'app.info': (_input, ctx) => ({
    name: ctx.host.appName,
    version: ctx.host.appVersion,
    dataDir: ctx.host.dataDir,
    runtime: ctx.host.runtime,
    nodeVersion: process.versions.node,
    models: [],
    catalogVersion: ctx.policies.version(),
  }),
};
