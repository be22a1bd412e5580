import type { MessageBoxSyncOptions } from 'electron';

/** The catalog's leaveUnsaved.* texts in the language chosen in Settings. */
export interface LeaveMessages {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  readonly stay: string;
  readonly leave: string;
}

const STAY = 0;
const LEAVE = 1;

/**
 * The question a page with unsaved text asks before it goes. Electron shows no dialog of its own
 * for a renderer's beforeunload (the close is silently cancelled), so the shell asks; staying is
 * the default and what Esc or closing the dialog means, since leaving loses text.
 */
export function leaveDialogOptions(t: LeaveMessages): MessageBoxSyncOptions {
  return {
    type: 'warning',
    title: t.title,
    message: t.message,
    detail: t.detail,
    buttons: [t.stay, t.leave],
    defaultId: STAY,
    cancelId: STAY,
    noLink: true,
  };
}

/** true when the consultant chose to leave anyway */
export const choseToLeave = (response: number): boolean => response === LEAVE;
