import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/**
 * Saves the latest value a moment after the last change, one save at a time, and flushes what is waiting
 * when asked (a field is left) or when the component goes away (the person leaves the page), so an edit is
 * never dropped. While something is unsaved, closing the tab asks first.
 */
export function useAutosave<T>(
  save: (value: T) => Promise<void>,
  options: {
    delayMs?: number;
    /** Saves what is waiting when the page goes away, by a way that outlives it (the live socket does not). */
    saveOnLeave?: (value: T) => Promise<unknown>;
  } = {},
) {
  const delayMs = options.delayMs ?? 800;
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const mounted = useRef(true);
  const saveRef = useRef(save);
  saveRef.current = save;
  const leaveRef = useRef(options.saveOnLeave);
  leaveRef.current = options.saveOnLeave;

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return chain.current;
    pending.current = null;
    if (mounted.current) setStatus('saving');
    chain.current = chain.current.then(async () => {
      try {
        await saveRef.current(next.value);
        if (mounted.current && !pending.current) {
          setError(null);
          setStatus('saved');
        }
      } catch (err) {
        if (!mounted.current) return;
        setError(err);
        setStatus('failed');
      }
    });
    return chain.current;
  }, []);

  /** Replaces what is waiting to be saved with `value`, and saves it after the pause. */
  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  /** Drops what is waiting (the field went back to its saved value). */
  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    setStatus((s) => (s === 'pending' ? 'idle' : s));
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Leaving the page within the app: what is waiting is sent now rather than lost.
      if (timer.current) clearTimeout(timer.current);
      const waiting = pending.current;
      pending.current = null;
      if (waiting) void (leaveRef.current ?? saveRef.current)(waiting.value).catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    if (status !== 'pending' && status !== 'saving') return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [status]);

  return { status, error, schedule, flush, cancel };
}
