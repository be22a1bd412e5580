import type { Output } from '@contract/contract';
import type { PendingOpen } from '@contract/methods/launch';
import { MAX_BUNDLE_BYTES } from '@contract/records';
import { formatBytes } from '../common/bytes';

/** What the file picker accepts and the browser download is labelled as. */
export const BUNDLE_EXTENSION = '.sfdx';
export const BUNDLE_MIME = 'application/zip';

/** A catalog key and its values, for t(). */
export interface Message {
  readonly key: string;
  readonly values: Record<string, string>;
}

/**
 * Refuses, before reading a byte, a file the server would refuse anyway: the consultant learns at
 * once that they picked the wrong file. The server still checks everything (bundles are hostile).
 */
export function checkBundleFile(
  name: string,
  size: number,
  maxBytes = MAX_BUNDLE_BYTES,
): Message | undefined {
  if (!name.toLowerCase().endsWith(BUNDLE_EXTENSION))
    return { key: 'bundle.wrongType', values: { file: name } };
  if (size === 0) return { key: 'bundle.emptyFile', values: { file: name } };
  if (size > maxBytes)
    return {
      key: 'bundle.tooLarge',
      values: { file: name, size: formatBytes(size), max: formatBytes(maxBytes) },
    };
  return undefined;
}

export type ImportResult = Output<'bundle.import'>;
type ImportOutcome = ImportResult['outcome'];

export type OutcomeTone = 'success' | 'info' | 'warning';

const TONES: Record<ImportOutcome, OutcomeTone> = {
  created: 'success',
  updated: 'success',
  unchanged: 'info',
  // nothing was lost, but the consultant expected the bundle's answers and does not see them
  'kept-local': 'warning',
};

/** How an import outcome is announced: the alert's tone and its two catalog keys. */
export function outcomeNotice(outcome: ImportOutcome): { tone: OutcomeTone; title: string; detail: string } {
  return {
    tone: TONES[outcome],
    title: `bundle.outcome.${outcome}`,
    detail: `bundle.outcomeDetail.${outcome}`,
  };
}

export type ExportDelivery = 'saved' | 'download' | 'cancelled';

/**
 * What to do with an exported bundle. The desktop app writes it through its save dialog
 * (savedTo set); the browser shell has no dialog, so the bytes come back for the renderer to
 * download; neither means the consultant cancelled the dialog.
 */
export function exportDelivery(result: {
  savedTo?: string | undefined;
  base64?: string | undefined;
}): ExportDelivery {
  if (result.savedTo !== undefined) return 'saved';
  return result.base64 !== undefined ? 'download' : 'cancelled';
}

export type LaunchBundle = NonNullable<PendingOpen>;

/**
 * Asks the main process for a bundle the user double-clicked. Start-up and every window focus
 * ask; focus can fire again before the answer is back, so callers share the question in flight
 * (app.pendingOpen hands a bundle out once; a second overlapping ask would only waste a read).
 */
export function pendingOpenChecker(
  ask: () => Promise<PendingOpen>,
  onBundle: (bundle: LaunchBundle) => void,
  onError: (error: unknown) => void,
): () => Promise<void> {
  let inFlight: Promise<void> | undefined;
  return () => {
    inFlight ??= ask()
      .then((bundle) => {
        if (bundle) onBundle(bundle);
      }, onError)
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };
}
