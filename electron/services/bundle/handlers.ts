import type { Handlers } from '../../api/dispatch';
import type { ServiceContext } from '../context';
import { exportBundle } from './export';
import { importBundle } from './import';

export const bundleHandlers: Pick<Handlers<ServiceContext>, 'bundle.export' | 'bundle.import'> = {
  'bundle.export': async ({ assessmentId }, { store, host }) => {
    const { fileName, bytes } = exportBundle(store, assessmentId, {
      appName: host.appName,
      appVersion: host.appVersion,
    });
    if (host.saveFile) {
      const savedTo = await host.saveFile(fileName, bytes);
      return savedTo === undefined ? { fileName } : { fileName, savedTo };
    }
    return {
      fileName,
      base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    };
  },
  'bundle.import': ({ base64 }, ctx) =>
    importBundle(ctx.store, Buffer.from(base64, 'base64'), {
      isKnownModel: ctx.isKnownModel,
    }),
};
