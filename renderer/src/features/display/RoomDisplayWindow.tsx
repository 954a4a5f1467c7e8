import { useTranslation } from 'react-i18next';
import { useCurrentSeries } from '../../app/use-app-settings';
import { Clock } from '../../ui/Clock';

/**
 * The room display window (projector or second screen). Nothing to edit here, ever.
 * Until the display is built it shows the series and the time of day, and says so.
 */
export function RoomDisplayWindow() {
  const { t } = useTranslation();
  const series = useCurrentSeries();
  return (
    <main className="room-display" aria-labelledby="room-display-title">
      <h1 id="room-display-title" className="visually-hidden">
        {t('display.title')}
      </h1>
      <p className="room-display-series">{series?.name ?? ''}</p>
      <Clock className="room-display-clock" />
      <p className="room-display-waiting">{t('display.waiting')}</p>
      <p className="room-display-note">{t('display.notBuilt')}</p>
    </main>
  );
}
