import { afterEach, describe, expect, it } from 'vitest';
import { guardUnsaved, hasUnsaved, installUnsavedGuard } from '../../../renderer/src/common/unsaved-guard';

/** What the browser sees when the page is about to go: was leaving questioned? */
function leaveAsked(target: EventTarget): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('asking before the page goes while text is unsaved', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((undo) => undo()));

  it('lets the page go when nothing holds unsaved text', () => {
    const page = new EventTarget();
    cleanups.push(installUnsavedGuard(page));
    cleanups.push(guardUnsaved(() => false));
    expect(hasUnsaved()).toBe(false);
    expect(leaveAsked(page)).toBe(false);
  });

  it('asks while any registered form or answer holds unsaved text, and stops once it is saved', () => {
    const page = new EventTarget();
    cleanups.push(installUnsavedGuard(page));
    let refused = true; // the store refused the last save
    cleanups.push(guardUnsaved(() => false));
    cleanups.push(guardUnsaved(() => refused));
    expect(leaveAsked(page)).toBe(true);
    refused = false; // the retry was acknowledged
    expect(leaveAsked(page)).toBe(false);
  });

  it('forgets a form that left the screen', () => {
    const page = new EventTarget();
    cleanups.push(installUnsavedGuard(page));
    const unregister = guardUnsaved(() => true);
    expect(leaveAsked(page)).toBe(true);
    unregister();
    expect(leaveAsked(page)).toBe(false);
  });
});
