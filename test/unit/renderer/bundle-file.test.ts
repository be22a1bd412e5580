import { describe, expect, it } from 'vitest';
import type { PendingOpen } from '../../../electron/api/methods/launch';
import { MAX_BUNDLE_BYTES } from '../../../electron/api/records';
import {
  checkBundleFile,
  exportDelivery,
  outcomeNotice,
  pendingOpenChecker,
} from '../../../renderer/src/bundles/bundle-file';

describe('checkBundleFile', () => {
  it('accepts a .sfdx file of any case within the limit', () => {
    expect(checkBundleFile('东莞精工-2025.sfdx', 1234)).toBeUndefined();
    expect(checkBundleFile('EXPORT.SFDX', MAX_BUNDLE_BYTES)).toBeUndefined();
  });

  it('names the file when it is not a bundle, empty or too large', () => {
    expect(checkBundleFile('report.pdf', 10)).toEqual({
      key: 'bundle.wrongType',
      values: { file: 'report.pdf' },
    });
    expect(checkBundleFile('a.sfdx.zip', 10)?.key).toBe('bundle.wrongType');
    expect(checkBundleFile('a.sfdx', 0)).toEqual({ key: 'bundle.emptyFile', values: { file: 'a.sfdx' } });
    expect(checkBundleFile('big.sfdx', 3 * 1024 * 1024, 2 * 1024 * 1024)).toEqual({
      key: 'bundle.tooLarge',
      values: { file: 'big.sfdx', size: '3.0 MB', max: '2.0 MB' },
    });
    expect(checkBundleFile('big.sfdx', MAX_BUNDLE_BYTES + 1)?.key).toBe('bundle.tooLarge');
  });
});

describe('outcomeNotice', () => {
  it('gives each outcome its own keys, and warns only when the bundle lost to a newer local version', () => {
    const outcomes = ['created', 'updated', 'unchanged', 'kept-local'] as const;
    const notices = outcomes.map(outcomeNotice);
    expect(new Set(notices.map((n) => n.title)).size).toBe(outcomes.length);
    expect(notices.map((n) => n.tone)).toEqual(['success', 'success', 'info', 'warning']);
    expect(outcomeNotice('kept-local')).toEqual({
      tone: 'warning',
      title: 'bundle.outcome.kept-local',
      detail: 'bundle.outcomeDetail.kept-local',
    });
  });
});

describe('exportDelivery', () => {
  it('reports a save-dialog path, downloads in the browser, and treats no path in Electron as cancelled', () => {
    expect(exportDelivery({ savedTo: 'D:\\a.sfdx' })).toBe('saved');
    expect(exportDelivery({ base64: 'UEsD' })).toBe('download');
    expect(exportDelivery({ savedTo: undefined, base64: 'UEsD' })).toBe('download');
    expect(exportDelivery({})).toBe('cancelled');
  });
});

describe('pendingOpenChecker', () => {
  /** An app.pendingOpen whose answers the test releases one by one. */
  function controlledAsk() {
    const waiting: Array<(value: PendingOpen) => void> = [];
    const failing: Array<(error: unknown) => void> = [];
    const ask = () =>
      new Promise<PendingOpen>((resolve, reject) => {
        waiting.push(resolve);
        failing.push(reject);
      });
    return { ask, waiting, failing };
  }

  it('shares the question in flight between overlapping checks and asks again afterwards', async () => {
    const { ask, waiting } = controlledAsk();
    const opened: string[] = [];
    const check = pendingOpenChecker(
      ask,
      (b) => opened.push(b.fileName),
      () => undefined,
    );
    const first = check();
    const second = check();
    expect(waiting).toHaveLength(1);
    waiting[0]!({ fileId: '00000000-0000-4000-8000-00000000000a', fileName: 'a.sfdx', size: 3 });
    await Promise.all([first, second]);
    expect(opened).toEqual(['a.sfdx']);

    const third = check();
    expect(waiting).toHaveLength(2);
    waiting[1]!(null);
    await third;
    expect(opened).toEqual(['a.sfdx']);
  });

  it('hands a failure to onError and stays usable', async () => {
    const { ask, waiting, failing } = controlledAsk();
    const errors: unknown[] = [];
    const opened: string[] = [];
    const check = pendingOpenChecker(
      ask,
      (b) => opened.push(b.fileName),
      (e) => errors.push(e),
    );
    const failed = check();
    failing[0]!(new Error('not_found'));
    await failed;
    expect(errors).toHaveLength(1);
    const retried = check();
    waiting[1]!({ fileId: '00000000-0000-4000-8000-00000000000b', fileName: 'b.sfdx', size: 0 });
    await retried;
    expect(opened).toEqual(['b.sfdx']);
  });
});
