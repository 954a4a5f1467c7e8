/**
 * The room display opened from a display-only link on any browser of the venue network: it
 * opens no store and holds no registry; it shows the public projection the console publishes
 * for its room (modules/sync/display-client.ts) with the room display's own view.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { connectDisplay, parseDisplayLocation, type DisplayConnection } from '../../modules/sync/display-client';
import { Clock } from '../../ui/Clock';
import { RoomDisplayView } from './RoomDisplayView';
import type { RoomDisplayFeed } from './use-room-display-feed';
import { benchMarkAfterPaint } from '../../ui/bench-mark';
import './room-display.css';

export function RemoteDisplayPage() {
  const { t } = useTranslation();
  const params = useMemo(() => parseDisplayLocation(window.location), []);
  const [connection, setConnection] = useState<DisplayConnection>({ kind: 'waiting' });
  useEffect(() => {
    document.documentElement.dataset.theme = 'dark';
    if (!params) return undefined;
    return connectDisplay(params, setConnection);
  }, [params]);
  useEffect(() => {
    const room = connection.kind === 'showing' ? connection.projection.room : '';
    document.title = room ? `${t('stations.remote.title')} · ${room}` : t('stations.remote.title');
  }, [connection, t]);

  const feed: RoomDisplayFeed | null = useMemo(() => {
    if (connection.kind !== 'showing') return null;
    const p = connection.projection;
    return { session: p.session, slots: p.slots, speakers: new Map(p.speakers.map((s) => [s.id, s])), logo: p.logo, state: p.state };
  }, [connection]);

  // The frame that shows what the console just did: read by `npm run bench` (sync.display.remote.follow).
  useLayoutEffect(() => {
    if (feed) benchMarkAfterPaint('sd:remote-display-painted');
  }, [feed]);

  const message = !params
    ? t('stations.remote.badLink')
    : connection.kind === 'revoked'
      ? t('stations.remote.revoked')
      : connection.kind === 'unreachable' && !feed
        ? t('stations.remote.unreachable')
        : t('stations.remote.waiting');

  return (
    <main className="rd-window" aria-labelledby="remote-display-title">
      <h1 id="remote-display-title" className="visually-hidden">
        {t('stations.remote.title')}
      </h1>
      {feed && connection.kind === 'showing' ? (
        <RoomDisplayView feed={feed} seriesName={connection.projection.seriesName} bench={false} />
      ) : (
        <div className="rd rd-idle">
          <p className="rd-waiting" role="status">
            {message}
          </p>
          <Clock className="rd-idle-clock" />
        </div>
      )}
    </main>
  );
}
