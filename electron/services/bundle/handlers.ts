import path from 'node:path';
import type { Handlers } from '@contract/dispatch';
import type { ServiceContext } from '../context';
import { stageBundle } from '../launch/pending-open';
import { bundleFileName, exportBundle, exportBundleFile } from './export';
import { importBundle, importBundleFile } from './import';

export const bundleHandlers: Pick<
  Handlers<ServiceContext>,
  'bundle.export' | 'bundle.choose' | 'bundle.import'
> = {
  'bundle.export': async ({ assessmentId }, { store, host }) => {
    const options = { appName: host.appName, appVersion: host.appVersion };
    if (host.chooseSavePath) {
      // the desktop app writes the bundle straight to the chosen file, a piece at a time
      const suggested = bundleFileName(
        store.enterprises.get(store.assessments.get(assessmentId).enterpriseId).profile.name,
        new Date(),
        assessmentId,
      );
      const savedTo = await host.chooseSavePath(suggested);
      if (savedTo === undefined) return { fileName: suggested };
      exportBundleFile(store, assessmentId, savedTo, options);
      return { fileName: path.basename(savedTo), savedTo };
    }
    const { fileName, bytes } = exportBundle(store, assessmentId, options);
    if (host.saveFile) {
      // a shell that saves whole files (no path to stream to): the bytes stay in the main side
      const savedTo = await host.saveFile(fileName, bytes);
      return savedTo === undefined ? { fileName } : { fileName, savedTo };
    }
    return {
      fileName,
      base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    };
  },
  'bundle.choose': async (_input, { host, staged }) => {
    const file = await host.chooseBundle?.();
    return file === undefined ? null : stageBundle(staged, file);
  },
  'bundle.import': (input, ctx) => {
    const options = ctx.bundleImport;
    if ('fileId' in input) {
      return ctx.staged.use(input.fileId, (file) => importBundleFile(ctx.store, file, options));
    }
    return importBundle(ctx.store, Buffer.from(input.base64, 'base64'), options);
  },
};
