import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { useStation } from '../../runtime/use-station';
import { readProgramme } from '../../db/queries/series';
import type { SyncEngine } from '../../modules/sync/sync-engine';
import { createDisplayLink, displayLinkUrl, revokeDisplayLink, type DisplayLink } from '../../modules/sync/display-links';
import { useDisplayLinks } from '../../modules/sync/use-display-links';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { QrImage } from './QrImage';

/** Display-only links per room: create one (a QR code and an address), revoke it. */
export function DisplayLinksPanel({ engine, seriesId, hub }: { engine: SyncEngine; seriesId: string; hub: string }) {
  const { t } = useTranslation();
  const db = useDb();
  const ids = useId();
  const station = useStation();
  const links = useDisplayLinks(engine);
  const programme = useLiveQuery(() => readProgramme(db, seriesId), [db, seriesId]);
  const rooms = useMemo(() => [...new Set((programme ?? []).map((p) => p.session.room.trim()).filter(Boolean))].sort(), [programme]);
  const [room, setRoom] = useState('');
  const [toRevoke, setToRevoke] = useState<DisplayLink | null>(null);
  const chosen = room || rooms[0] || '';

  return (
    <div className="display-links" role="group" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('stations.display.title')}</h3>
      <p className="small muted">{t('stations.display.help')}</p>
      <div className="display-link-new">
        <div className="field">
          <label htmlFor={`${ids}-room`}>{t('stations.display.room')}</label>
          <select id={`${ids}-room`} value={chosen} onChange={(e) => setRoom(e.target.value)}>
            {rooms.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button secondary"
          disabled={!chosen || !station}
          onClick={() => station && createDisplayLink(engine.doc, chosen, station.id)}
        >
          {t('stations.display.create')}
        </button>
      </div>
      {links.length === 0 ? <p className="muted">{t('stations.display.none')}</p> : null}
      <ul className="display-link-list">
        {links.map((link) => {
          const url = displayLinkUrl(hub, engine.fingerprint, link);
          return (
            <li key={link.id} className={link.revoked ? 'display-link revoked' : 'display-link'}>
              <div className="display-link-head">
                <span className="strong">{t('stations.display.linkFor', { room: link.room })}</span>
                {link.revoked ? (
                  <span className="badge">{t('stations.display.revoked')}</span>
                ) : (
                  <button type="button" className="button ghost small danger-text" onClick={() => setToRevoke(link)}>
                    {t('stations.display.revoke')}
                  </button>
                )}
              </div>
              {link.revoked ? null : (
                <div className="display-link-body">
                  <QrImage text={url} label={t('stations.display.qrLabel', { room: link.room })} size={140} />
                  <a className="mono small display-link-url" href={url} target="_blank" rel="noreferrer">
                    {url}
                  </a>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={toRevoke !== null}
        title={t('stations.display.revoke')}
        message={t('stations.display.revokeConfirm')}
        confirmLabel={t('stations.display.revoke')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => {
          if (toRevoke) revokeDisplayLink(engine.doc, toRevoke.id);
          setToRevoke(null);
        }}
        onCancel={() => setToRevoke(null)}
      />
    </div>
  );
}
