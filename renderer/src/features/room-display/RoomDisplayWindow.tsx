import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentSeries } from '../../runtime/use-app-settings';
import { Clock } from '../../ui/Clock';
import { RoomDisplayView } from './RoomDisplayView';
import { useRoomDisplayFeed } from './use-room-display-feed';
import './room-display.css';
import { benchMark, benchMarkAfterPaint } from '../../ui/bench-mark';

/** Marks the frame that shows a change from the console: read by `npm run bench` (display.follow). */
function markPainted(): void {
  benchMarkAfterPaint('sd:display-painted');
}

/**
 * The room display window (projector or second screen), opened by the Host at "#/display".
 * Nothing to edit here, ever: it follows the console (broadcasts, then the record) and, after
 * its own reload, recovers everything from the record.
 */
export function RoomDisplayWindow() {
  const { t } = useTranslation();
  const series = useCurrentSeries();
  return (
    <main className="rd-window" aria-labelledby="room-display-title">
      <h1 id="room-display-title" className="visually-hidden">
        {t('roomDisplay.title')}
      </h1>
      {series ? (
        <SeriesDisplay seriesId={series.id} seriesName={series.name} />
      ) : (
        <div className="rd rd-idle">
          <p className="rd-waiting">{t('roomDisplay.noSeries')}</p>
          <Clock className="rd-idle-clock" />
        </div>
      )}
    </main>
  );
}

function SeriesDisplay({ seriesId, seriesName }: { seriesId: string; seriesName: string }) {
  const feed = useRoomDisplayFeed(seriesId, { listen: true });
  // Before the frame that paints the change (a passive effect may run only after it). A layout
  // effect runs once the change is in the DOM: `sd:display-dom` marks that moment itself
  // (display.follow.dom), `sd:display-painted` the frame after it (display.follow).
  useLayoutEffect(() => {
    if (!feed) return;
    benchMark('sd:display-dom');
    markPainted();
  }, [feed]);
  if (!feed) return <div className="rd rd-black" />;
  return <RoomDisplayView feed={feed} seriesName={seriesName} bench />;
}
