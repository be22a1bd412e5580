import { useEffect, useRef } from 'react';

/**
 * Runs `flush` when the consultant leaves what is on screen: the component unmounts (another
 * route or tab) with `leaving` false, or the page goes away (reload, closing the window or tab)
 * with `leaving` true. Both page events are listened to because a closing Electron window and a
 * reloading browser tab do not fire the same ones; a flush with nothing pending does nothing.
 */
export function useOnLeave(flush: (leaving: boolean) => void): void {
  const latest = useRef(flush);
  useEffect(() => {
    latest.current = flush;
  }, [flush]);
  useEffect(() => {
    const onPageLeave = () => latest.current(true);
    window.addEventListener('beforeunload', onPageLeave);
    window.addEventListener('pagehide', onPageLeave);
    return () => {
      window.removeEventListener('beforeunload', onPageLeave);
      window.removeEventListener('pagehide', onPageLeave);
      latest.current(false);
    };
  }, []);
}
