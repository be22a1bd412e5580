import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/api/client';
import { useImportDialog } from '../../../renderer/src/bundles/import-dialog';

const initial = useImportDialog.getState();

describe('the import dialog store', () => {
  beforeEach(() => useImportDialog.setState(initial, true));

  it('starts a fresh session on every opening, carrying what opened it', () => {
    const { show } = useImportDialog.getState();
    show({ launch: { fileId: '00000000-0000-4000-8000-00000000000a', fileName: 'a.sfdx', size: 3 } });
    const first = useImportDialog.getState();
    expect(first.open).toBe(true);
    expect(first.request.launch?.fileName).toBe('a.sfdx');

    show();
    const second = useImportDialog.getState();
    expect(second.session).toBe(first.session + 1);
    expect(second.request).toEqual({});
  });

  it('does not offer a launch bundle again when the dialog is reopened by hand', () => {
    const { show, close } = useImportDialog.getState();
    show({ launchError: new ApiError({ code: 'not_found', message: '无法打开评估包' }) });
    close();
    expect(useImportDialog.getState().open).toBe(false);
    show();
    expect(useImportDialog.getState()).toMatchObject({ open: true, request: {} });
  });

  it('counts imports, so lists can read again', () => {
    const { imported } = useImportDialog.getState();
    imported();
    imported();
    expect(useImportDialog.getState().imports).toBe(initial.imports + 2);
  });
});
