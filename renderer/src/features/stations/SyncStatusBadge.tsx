import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../../modules/sync/sync-status';
import { formatClock } from '../../ui/format';
import { useLanguage } from '../../i18n';
import { routeHref } from '../../runtime/router';

/** The top bar's word on the venue network: where this station stands, in words as well as colour. */
export function SyncStatusBadge() {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useSyncStatus();
  if (status.kind === 'off') return null;
  let text: string;
  let tone: 'ok' | 'warn' | 'bad' | 'busy';
  switch (status.kind) {
    case 'connected':
      text = t('stations.status.connected', { count: status.stations });
      tone = 'ok';
      break;
    case 'connecting':
      text = t('stations.status.connecting');
      tone = 'busy';
      break;
    case 'offline':
      text = t('stations.status.offline', { count: status.pending, time: formatClock(new Date(status.since), language) });
      tone = 'warn';
      break;
    case 'unreachable':
      text = status.pending > 0 ? t('stations.status.unreachableWithChanges', { count: status.pending }) : t('stations.status.unreachable');
      tone = 'warn';
      break;
    case 'refused':
      text = t('stations.status.refused');
      tone = 'bad';
      break;
  }
  return (
    <a
      className={`sync-status sync-${tone}`}
      href={routeHref({ name: 'area', area: 'settings' })}
      role="status"
      aria-label={`${t('stations.status.label')}: ${text}`}
    >
      <span className="sync-dot" aria-hidden="true" />
      {text}
    </a>
  );
}
