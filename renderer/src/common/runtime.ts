import type { AppApi } from '../../../electron/api/contract';
import type { AppInfo } from '../../../electron/api/methods/app';

const known = new WeakMap<AppApi, Promise<AppInfo['runtime']>>();

/** Which shell the renderer runs in (desktop app or browser), asked once per API. */
export function runtimeOf(api: AppApi): Promise<AppInfo['runtime']> {
  let runtime = known.get(api);
  if (!runtime) {
    runtime = api['app.info']({}).then((info) => info.runtime);
    // a failed ask is not remembered: the next export asks again
    runtime.catch(() => known.delete(api));
    known.set(api, runtime);
  }
  return runtime;
}
