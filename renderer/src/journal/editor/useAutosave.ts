import { useCallback, useEffect, useRef, useState } from 'react';
import { onBeforeLock } from '../../session/SessionProvider';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Autosave as you type: each change is saved after a short pause, one save at a time (the
 * next waits for the one in flight, so a new entry gets its id before it is saved again),
 * and always the latest text. Whatever is pending is saved at once when the editor closes,
 * before the user's lock (Ctrl+L, the Lock button), and when the window is hidden or closed.
 */
export function useAutosave<D>(save: (draft: D) => Promise<void>, delayMs = 350) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef<D | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  const mounted = useRef(true);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // one save at a time, always of the latest text; typing during a save is saved after it
    for (;;) {
      while (inFlight.current) await inFlight.current;
      const draft = latest.current;
      if (draft === null || timer.current !== null) return;
      latest.current = null;
      if (mounted.current) setStatus('saving');
      let ok = false;
      const run = saveRef.current(draft).then(
        () => {
          ok = true;
          if (mounted.current && latest.current === null) setStatus('saved');
          if (mounted.current) setError(null);
        },
        (e: unknown) => {
          // keep the text to try again with the next keystroke or flush
          latest.current ??= draft;
          if (mounted.current) {
            setStatus('error');
            setError(e instanceof Error ? e.message : 'Could not save.');
          }
        },
      );
      inFlight.current = run.finally(() => {
        inFlight.current = null;
      });
      await inFlight.current;
      if (!ok) return;
    }
  }, []);

  const schedule = useCallback(
    (draft: D) => {
      latest.current = draft;
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    mounted.current = true;
    const stop = onBeforeLock(flush);
    const hide = () => void flush();
    window.addEventListener('pagehide', hide);
    window.addEventListener('beforeunload', hide);
    document.addEventListener('visibilitychange', hide);
    return () => {
      stop();
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('beforeunload', hide);
      document.removeEventListener('visibilitychange', hide);
      mounted.current = false;
      // closing the editor (navigation) saves what is pending
      void flush();
    };
  }, [flush]);

  return { status, error, schedule, flush };
}
