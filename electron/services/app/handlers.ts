import type { Handlers } from '@contract/dispatch';
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
    // tolerant of hand-built test contexts that only carry the services they exercise
    models: (ctx.models?.list() ?? []).map((m) => ({ id: m.id, version: m.version })),
    catalogVersion: ctx.policies.version(),
  }),
};
