import { useEffect, useRef } from 'react';

/** Keys the walkthrough understands; each handler returns true when it used the key. */
export type KeyHandler = (key: string) => boolean;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return target.closest('[role="combobox"], [role="dialog"]') !== null;
}

/**
 * Document-wide shortcuts while the walkthrough is on screen. Keys typed into a field, and
 * Enter/Space on real buttons and links, keep their usual meaning.
 */
export function useShortcuts(handler: KeyHandler, enabled: boolean): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented) return;
      if (isTyping(e.target)) return;
      const t = e.target as HTMLElement | null;
      if ((e.key === 'Enter' || e.key === ' ') && t?.closest('button, a')) return;
      if (ref.current(e.key)) e.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
