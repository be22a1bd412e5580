import { downloadBase64 } from '../common/files';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Where a generated file went: written by the desktop save dialog, downloaded, or cancelled. */
export function deliver(result: {
  fileName: string;
  base64?: string | undefined;
  savedTo?: string | undefined;
}) {
  if (result.savedTo) return { kind: 'saved' as const, path: result.savedTo };
  if (result.base64 !== undefined) {
    downloadBase64(result.fileName, result.base64, XLSX_MIME);
    return { kind: 'downloaded' as const, file: result.fileName };
  }
  return { kind: 'cancelled' as const };
}
