import { create } from 'zustand';
import type { ApiError } from '@contract/client';
import type { LaunchBundle } from './bundle-file';

/** How the import dialog was opened: by the consultant, or by a double-clicked bundle. */
export interface ImportRequest {
  /** a bundle handed over by the operating system, shown for confirmation before importing */
  readonly launch?: LaunchBundle;
  /** the double-clicked file could not be read (missing, too large, not a bundle) */
  readonly launchError?: ApiError;
}

interface ImportDialogState {
  readonly open: boolean;
  /** grows on every opening: the dialog starts afresh each time */
  readonly session: number;
  readonly request: ImportRequest;
  /** grows after every import, so lists showing enterprises and assessments read again */
  readonly imports: number;
  show(request?: ImportRequest): void;
  close(): void;
  imported(): void;
}

/** One import dialog for the whole app: the enterprises page and the launch watcher both open it. */
export const useImportDialog = create<ImportDialogState>((set) => ({
  open: false,
  session: 0,
  request: {},
  imports: 0,
  show: (request = {}) => set((s) => ({ open: true, session: s.session + 1, request })),
  // the request stays until the next opening replaces it: the closing dialog fades out unchanged
  close: () => set({ open: false }),
  imported: () => set((s) => ({ imports: s.imports + 1 })),
}));
