import type { Handlers } from '../../api/dispatch';
import { AppError } from '../../api/errors';
import path from 'node:path';
import { bundleFileName, exportBundle, exportBundleFile } from '../bundle/export';
import { importBundle, importBundleFile } from '../bundle/import';
import { stageBundle } from '../launch/pending-open';
import { saveAnswer, seedProfileAnswers, syncProfileAnswers } from '../assessment/answers';
import { withInterviewProgress } from '../assessment/progress';
import type { ServiceContext } from '../context';
import type { BackupInfo } from '../../api/methods/store';
import type { Store } from './store';

type StoreMethod =
  | 'store.status'
  | 'enterprise.list'
  | 'enterprise.get'
  | 'enterprise.save'
  | 'assessment.create'
  | 'assessment.list'
  | 'assessment.get'
  | 'assessment.answer'
  | 'assessment.setCursor'
  | 'assessment.saveFunding'
  | 'assessment.setPeople'
  | 'assessment.complete'
  | 'assessment.reopen'
  | 'assessment.events'
  | 'evidence.add'
  | 'evidence.list'
  | 'evidence.remove'
  | 'settings.get'
  | 'settings.set'
  | 'backup.list'
  | 'backup.restore'
  | 'bundle.export'
  | 'bundle.choose'
  | 'bundle.import';

/** The status screen must answer even when the backups folder cannot be read. */
function newestBackup(store: Store): BackupInfo | null {
  try {
    return store.backups.list()[0] ?? null;
  } catch {
    return null;
  }
}

export const storeHandlers: Pick<Handlers<ServiceContext>, StoreMethod> = {
  'store.status': (_input, { store }) => ({
    schemaVersion: store.schemaVersion,
    recovery: store.recovery,
    lastBackup: newestBackup(store),
    backupError: store.backupError,
    readOnly: store.readOnly,
  }),

  'enterprise.list': (input, { store }) => store.enterprises.list(input),
  'enterprise.get': ({ id }, { store }) => store.enterprises.get(id),
  'enterprise.save': (input, ctx) =>
    ctx.store.transaction(() => {
      const record = ctx.store.enterprises.save(input);
      syncProfileAnswers(ctx, record.id, record.profile);
      return record;
    }),

  'assessment.create': (input, ctx) => {
    if (!ctx.isKnownModel(input.modelId, input.modelVersion)) {
      throw new AppError('unsupported_version', `未知的问卷模型：${input.modelId} ${input.modelVersion}`, {
        modelId: input.modelId,
        modelVersion: input.modelVersion,
      });
    }
    const settings = ctx.store.settings.get();
    return ctx.store.transaction(() => {
      const record = ctx.store.assessments.create({
        enterpriseId: input.enterpriseId,
        modelId: input.modelId,
        modelVersion: input.modelVersion,
        consultantName: input.consultantName ?? settings.consultantName,
        consultantOrg: input.consultantOrg ?? settings.organisation,
      });
      seedProfileAnswers(ctx, record.id);
      return ctx.store.assessments.get(record.id);
    });
  },
  'assessment.list': (input, ctx) => {
    const page = ctx.store.assessments.list(input);
    return { ...page, items: page.items.map((s) => withInterviewProgress(ctx, s)) };
  },
  'assessment.get': ({ id }, { store }) => ({
    assessment: store.assessments.get(id),
    answers: store.answers.list(id),
  }),
  'assessment.answer': (input, ctx) => saveAnswer(ctx, input),
  'assessment.setCursor': ({ assessmentId, cursor }, { store }) =>
    store.assessments.setCursor(assessmentId, cursor),
  'assessment.saveFunding': ({ assessmentId, fundingInputs }, { store }) =>
    store.assessments.saveFunding(assessmentId, fundingInputs),
  'assessment.setPeople': ({ assessmentId, ...people }, { store }) =>
    store.assessments.setPeople(assessmentId, people),
  'assessment.complete': ({ id }, { store }) => store.assessments.complete(id),
  'assessment.reopen': ({ id }, { store }) => store.assessments.reopen(id),
  'assessment.events': ({ assessmentId, ...q }, { store }) => {
    store.assessments.get(assessmentId);
    return store.answers.events(assessmentId, q);
  },

  'evidence.add': ({ base64, ...input }, { store }) =>
    store.evidence.add({ ...input, bytes: Buffer.from(base64, 'base64') }),
  'evidence.list': ({ assessmentId, itemId }, { store }) => ({
    items: store.evidence.list(assessmentId, itemId),
  }),
  'evidence.remove': ({ id }, { store }) => store.evidence.remove(id),

  'settings.get': (_input, { store }) => store.settings.get(),
  'settings.set': (patch, { store }) => store.settings.set(patch),

  'backup.list': (_input, { store }) => ({ items: store.backups.list() }),
  'backup.restore': ({ fileName }, { store }) => store.restoreBackup(fileName),

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
    const options = { isKnownModel: ctx.isKnownModel };
    if ('fileId' in input) {
      return ctx.staged.use(input.fileId, (file) => importBundleFile(ctx.store, file, options));
    }
    return importBundle(ctx.store, Buffer.from(input.base64, 'base64'), options);
  },
};
