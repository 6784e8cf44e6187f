'use client';

import { useEffect, useRef } from 'react';

/**
 * Calls `flush` when the work might be lost or can be sent again: the tab is hidden, the
 * connection returns, the page is closing (the browser then asks before leaving if `flush`
 * reports unsaved work) and the editor is left for another newsroom page.
 */
export function useSaveOnLeave(flush: () => boolean) {
  const current = useRef(flush);
  useEffect(() => {
    current.current = flush;
  });
  useEffect(() => {
    const run = () => current.current();
    const onHidden = () => document.visibilityState === 'hidden' && run();
    const onLeave = (event: BeforeUnloadEvent) => {
      if (run()) event.preventDefault();
    };
    window.addEventListener('online', run);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      window.removeEventListener('online', run);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onLeave);
      run();
    };
  }, []);
}
