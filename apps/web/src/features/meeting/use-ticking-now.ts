import { useEffect, useRef, useState } from 'react';

/** The value of `now()` re-read every `intervalMs`, so clocks on screen tick with the server's time. */
export function useTickingNow(now: () => number, intervalMs = 1000): number {
  const [value, setValue] = useState(now);
  // Kept in a ref so that callers may pass an inline function without restarting the timer each render.
  const nowRef = useRef(now);
  nowRef.current = now;
  useEffect(() => {
    setValue(nowRef.current());
    const timer = setInterval(() => setValue(nowRef.current()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return value;
}
