/**
 * A double-clicked .sfdx bundle: the path main.ts takes from argv (first launch or second
 * instance), then `app.pendingOpen` handing it to the renderer once, as an id (never its bytes).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { bundleArgument } from '../../../electron/services/launch/bundle-arg';
import { launchHandlers } from '../../../electron/services/launch/handlers';
import { stageBundle } from '../../../electron/services/launch/pending-open';
import { StagedFiles } from '../../../electron/services/bundle/staged-files';
import type { ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { makeTestHost } from '../helpers/host';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sfd-launch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bundleArgument: the bundle a launch asks to open', () => {
  it('takes a double-clicked bundle from a packaged Windows launch', () => {
    const argv = [
      'C:\\Users\\u\\AppData\\Local\\Programs\\zhizao-zizhen\\zhizao-zizhen.exe',
      'D:\\评估\\东莞某厂.sfdx',
    ];
    expect(bundleArgument(argv, 'C:\\')).toBe(path.resolve('C:\\', 'D:\\评估\\东莞某厂.sfdx'));
  });

  it('resolves a relative path against the launching process’s working directory', () => {
    expect(bundleArgument(['/opt/zhizao-zizhen/zhizao-zizhen', 'exports/a.SFDX'], '/home/u')).toBe(
      '/home/u/exports/a.SFDX',
    );
  });

  it('ignores Chromium switches, electron’s own entry and other files', () => {
    const argv = ['/usr/bin/electron', '.', '--allow-file-access-from-files', '--flag=x.sfdx', 'notes.txt'];
    expect(bundleArgument(argv, '/work')).toBeUndefined();
    expect(bundleArgument(['app'], '/work')).toBeUndefined();
  });

  it('never mistakes the executable itself for a bundle', () => {
    expect(bundleArgument(['/tmp/odd-name.sfdx'], '/')).toBeUndefined();
  });

  it('takes the last bundle when a second instance passes several arguments', () => {
    expect(bundleArgument(['app', '/a/one.sfdx', '--x', '/a/two.sfdx'], '/')).toBe('/a/two.sfdx');
  });
});

describe('stageBundle', () => {
  it('holds the file under an id for the import screen (its name and size; the bytes stay on disk)', async () => {
    const file = path.join(tmp, '样例.sfdx');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 3, 4, 0, 255]));
    const staged = new StagedFiles();
    const held = stageBundle(staged, file);
    expect(held).toEqual({ fileId: expect.any(String), fileName: '样例.sfdx', size: 6 });
    expect(staged.use(held.fileId, (f) => f)).toBe(file);
    // an id is used once
    expect(() => staged.use(held.fileId, (f) => f)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('refuses other extensions, missing files and oversized bundles with Chinese messages', async () => {
    expect(() => stageBundle(new StagedFiles(), path.join(tmp, 'x.txt'))).toThrow(
      expect.objectContaining({
        code: 'import_rejected',
      }),
    );
    expect(() => stageBundle(new StagedFiles(), path.join(tmp, 'gone.sfdx'))).toThrow(
      expect.objectContaining({
        code: 'not_found',
        message: expect.stringContaining('gone.sfdx'),
      }),
    );
    const big = path.join(tmp, 'big.sfdx');
    writeFileSync(big, Buffer.alloc(2048));
    expect(() => stageBundle(new StagedFiles(), big, 1024)).toThrow(
      expect.objectContaining({
        code: 'import_rejected',
        message: expect.stringContaining('过大'),
      }),
    );
  });
});

describe('app.pendingOpen over the contract', () => {
  it('is wired into the handler table', () => {
    expect(handlers['app.pendingOpen']).toBe(launchHandlers['app.pendingOpen']);
  });

  it('hands the double-clicked bundle out once, then null', async () => {
    const file = path.join(tmp, 'once.sfdx');
    writeFileSync(file, 'PK');
    let pending: string | undefined = file;
    const host = makeTestHost({
      takePendingOpen: () => {
        const taken = pending;
        pending = undefined;
        return taken;
      },
    });
    // the launch handlers read only the host
    const ctx = { host, staged: new StagedFiles() } as ServiceContext;
    expect(await dispatch(handlers, ctx, 'app.pendingOpen', {})).toEqual({
      ok: true,
      value: { fileId: expect.any(String), fileName: 'once.sfdx', size: 2 },
    });
    expect(await dispatch(handlers, ctx, 'app.pendingOpen', {})).toEqual({ ok: true, value: null });
  });

  it('is null where nothing can be double-clicked (web shell, CLI)', async () => {
    const ctx = { host: makeTestHost() } as ServiceContext;
    expect(await dispatch(handlers, ctx, 'app.pendingOpen', {})).toEqual({ ok: true, value: null });
  });

  it('reports a vanished file as a typed error, not a crash', async () => {
    const ctx = {
      host: makeTestHost({ takePendingOpen: () => path.join(tmp, 'moved.sfdx') }),
      staged: new StagedFiles(),
    } as ServiceContext;
    const result = await dispatch(handlers, ctx, 'app.pendingOpen', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
