import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from './format';

/** The time of day, updated when the minute changes (not every frame: the laptop stays cool). */
export function Clock({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const msToNextMinute = 60_000 - (Date.now() % 60_000) + 20;
      timer = setTimeout(() => {
        setNow(new Date());
        schedule();
      }, msToNextMinute);
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return (
    <time className={className} dateTime={now.toISOString()} aria-label={`${t('shell.timeOfDay')} ${formatClock(now, i18n.language)}`}>
      {formatClock(now, i18n.language)}
    </time>
  );
}
