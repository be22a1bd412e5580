/**
 * Asks before the page goes while something typed is not in the store: a save the store refused
 * (disk full, read-only medium, the shell gone) or a form held back because a field is invalid.
 * A pending save is not asked about: the leaving flush sends it with the page. The browser (or,
 * in the desktop app, the shell's own dialog) shows the question; the page only says "not yet".
 */
type UnsavedCheck = () => boolean;

const checks = new Set<UnsavedCheck>();

/** Registers what can hold unsaved text; returns the call that unregisters it. */
export function guardUnsaved(check: UnsavedCheck): () => void {
  checks.add(check);
  return () => {
    checks.delete(check);
  };
}

export function hasUnsaved(): boolean {
  for (const check of checks) if (check()) return true;
  return false;
}

/** The page (window), or an EventTarget standing in for it in tests. */
interface LeavingPage {
  addEventListener(type: 'beforeunload', listener: (event: Event) => void): void;
  removeEventListener(type: 'beforeunload', listener: (event: Event) => void): void;
}

/** Installs the one listener on the page; returns its removal. */
export function installUnsavedGuard(target: LeavingPage): () => void {
  const onBeforeUnload = (event: Event) => {
    if (!hasUnsaved()) return;
    event.preventDefault();
    // Chromium before 119 asks only when BeforeUnloadEvent.returnValue is set as well
    (event as { returnValue: unknown }).returnValue = true;
  };
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => target.removeEventListener('beforeunload', onBeforeUnload);
}
