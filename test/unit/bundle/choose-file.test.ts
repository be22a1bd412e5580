import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createContext, closeContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { makeTestHost } from '../helpers/host';
import { openTestStore, tempDir } from '../store/support';
import { exportOf, populatedStore } from './support';

describe('desktop import: the main process reads the file chosen in its dialog (no bytes over IPC)', () => {
  it('bundle.choose holds the chosen file under an id; bundle.import reads it from disk by that id', async () => {
    const source = await populatedStore();
    const file = path.join(tempDir(), '东莞精密-20250310.sfdx');
    writeFileSync(file, exportOf(source.store, source.assessment.id));
    source.store.close();
    const base = await createContext(makeTestHost({ chooseBundle: () => Promise.resolve(file) }), {
      store: await openTestStore(),
    });
    const ctx = { ...base, isKnownModel: () => true };
    try {
      const chosen = await dispatch(handlers, ctx, 'bundle.choose', {});
      expect(chosen).toMatchObject({ ok: true, value: { fileName: '东莞精密-20250310.sfdx' } });
      const { fileId } = (chosen as { value: { fileId: string } }).value;
      const imported = await dispatch(handlers, ctx, 'bundle.import', { fileName: 'x.sfdx', fileId });
      expect(imported).toMatchObject({ ok: true, value: { outcome: 'created' } });
      // the chosen file is the consultant's: read, never removed
      expect(existsSync(file)).toBe(true);
    } finally {
      closeContext(ctx);
    }
  });

  it('a cancelled dialog is null, and an id the main process never gave is refused', async () => {
    const ctx = await createContext(makeTestHost({ chooseBundle: () => Promise.resolve(undefined) }), {
      store: await openTestStore(),
    });
    try {
      expect(await dispatch(handlers, ctx, 'bundle.choose', {})).toEqual({ ok: true, value: null });
      const forged = await dispatch(handlers, ctx, 'bundle.import', {
        fileName: 'x.sfdx',
        fileId: '11111111-1111-4111-8111-111111111111',
      });
      expect(forged).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      closeContext(ctx);
    }
  });
});
