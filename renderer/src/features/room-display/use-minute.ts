import { useEffect, useState } from 'react';

const floorMinute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

/**
 * The present minute (epoch ms of its start), changed once a minute by a timeout to the next
 * boundary: which session is "now" depends on the hour, not on the second.
 */
export function useMinute(): number {
  const [minute, setMinute] = useState(() => floorMinute(Date.now()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const now = Date.now();
      timer = setTimeout(
        () => {
          setMinute(floorMinute(Date.now()));
          schedule();
        },
        floorMinute(now) + 60_000 - now + 20,
      );
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return minute;
}
