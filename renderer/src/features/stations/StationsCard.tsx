import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb, useHost } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { readShare } from '../../db/queries/stations';
import type { Series } from '../../domain/core/model';
import { DEFAULT_HUB_PORT, parsePort } from '../../domain/sync/share';
import type { SharingInfo } from '../../host/host';
import { hostFromHere, pairingCodeOf, shareSeries, stopSharing } from '../../modules/sync/sharing-actions';
import { useCurrentEngine } from '../../modules/sync/current-engine';
import { useSyncStatus } from '../../modules/sync/sync-status';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormErrors } from '../../ui/FormErrors';
import { StationNameForm } from './StationNameForm';
import { JoinDialog } from './JoinDialog';
import { PairingCodePanel } from './PairingCodePanel';
import { DisplayLinksPanel } from './DisplayLinksPanel';
import './stations.css';

/** Settings → Stations: this station's name; share, join, stop, host from here; the pairing code; the display links. */
export function StationsCard({ series }: { series: Series | null }) {
  const { t } = useTranslation();
  const db = useDb();
  const host = useHost();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  const share = useLiveQuery(() => readShare(db), [db]);
  const engine = useCurrentEngine();
  const status = useSyncStatus();
  const [info, setInfo] = useState<SharingInfo | null>(null);
  const [port, setPort] = useState(String(DEFAULT_HUB_PORT));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [joining, setJoining] = useState(false);
  const [confirmStop, setConfirmStop] = useState(false);

  useEffect(() => {
    void host.sharing.info().then(setInfo);
  }, [host, share?.hosting]);

  async function share_() {
    if (!series) return;
    const chosen = parsePort(port);
    if (host.shell === 'electron' && chosen === null) return setError(t('stations.share.portInvalid'));
    setBusy(true);
    setError(null);
    try {
      const outcome = await shareSeries(db, host, series.id, chosen ?? DEFAULT_HUB_PORT);
      if (!outcome.ok) {
        setError(
          outcome.reason === 'cannot-host'
            ? t('stations.share.cannotHost')
            : outcome.reason === 'port-in-use'
              ? t('stations.share.portInUse')
              : outcome.reason === 'already-sharing'
                ? t('stations.share.alreadySharing')
                : t('stations.share.failed', { detail: outcome.detail ?? '' }),
        );
      }
    } finally {
      setBusy(false);
    }
  }

  async function takeOverHub() {
    setBusy(true);
    setError(null);
    try {
      const outcome = await hostFromHere(db, host);
      if (outcome.ok) showNotice(t('stations.share.hostedHere', { hub: outcome.address }));
      else setError(outcome.reason === 'port-in-use' ? t('stations.share.portInUse') : t('stations.share.cannotHost'));
    } finally {
      setBusy(false);
    }
  }

  const code = share ? pairingCodeOf(share) : null;
  const refused = status.kind === 'refused' ? t(`stations.refused.${status.reason}`) : null;

  return (
    <section className="card wide stations-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('stations.card.title')}</h2>
      <p className="muted">{t('stations.card.help')}</p>
      <StationNameForm />
      <h3>{t('stations.share.title')}</h3>
      {share === undefined ? null : share === null ? (
        <>
          <p>{t('stations.share.notSharing')}</p>
          {host.shell === 'electron' ? (
            <div className="field">
              <label htmlFor={`${ids}-port`}>{t('stations.share.port')}</label>
              <input
                id={`${ids}-port`}
                className="port-input"
                inputMode="numeric"
                value={port}
                onChange={(e) => setPort(e.target.value)}
                aria-describedby={`${ids}-port-help`}
              />
              <p id={`${ids}-port-help`} className="small muted">
                {t('stations.share.portHelp')}
              </p>
            </div>
          ) : null}
          <div className="button-row">
            <button type="button" className="button primary" disabled={busy || !series} onClick={() => void share_()}>
              {t('stations.share.share')}
            </button>
            <button type="button" className="button secondary" onClick={() => setJoining(true)}>
              {t('stations.share.join')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            {share.hosting
              ? t('stations.share.hosting')
              : share.seriesId
                ? t('stations.share.member', { hub: share.hubs[0] ?? '' })
                : t('stations.share.joining')}
          </p>
          {refused ? (
            <p className="warning-line" role="alert">
              {refused}
            </p>
          ) : null}
          {code ? <PairingCodePanel code={code} /> : null}
          <div className="button-row">
            {!share.hosting && info?.canHost ? (
              <button type="button" className="button secondary" disabled={busy} onClick={() => void takeOverHub()} aria-describedby={`${ids}-host-help`}>
                {t('stations.share.hostFromHere')}
              </button>
            ) : null}
            <button type="button" className="button ghost danger-text" onClick={() => setConfirmStop(true)}>
              {t('stations.share.stop')}
            </button>
          </div>
          {!share.hosting && info?.canHost ? (
            <p id={`${ids}-host-help`} className="small muted">
              {t('stations.share.hostFromHereHelp')}
            </p>
          ) : null}
          {engine && share.seriesId ? <DisplayLinksPanel engine={engine} seriesId={share.seriesId} hub={share.hubs[0] ?? ''} /> : null}
        </>
      )}
      {error ? <FormErrors messages={[error]} /> : null}
      <JoinDialog open={joining} onClose={() => setJoining(false)} />
      <ConfirmDialog
        open={confirmStop}
        title={t('stations.share.stop')}
        message={`${t('stations.share.stopConfirm')}${share?.hosting ? ` ${t('stations.share.stopHosting')}` : ''}`}
        confirmLabel={t('stations.share.stop')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => {
          setConfirmStop(false);
          void stopSharing(db, host).then(() => showNotice(t('stations.share.stopped')));
        }}
        onCancel={() => setConfirmStop(false)}
      />
    </section>
  );
}
