import { useEffect, useState } from 'react';

/** The present moment (epoch ms), refreshed every `everyMs`: the desk and the console follow the clock with it. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
