import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { RoomHold } from './use-room-hold';

/** Says which console drives the room, with Take over (asked to confirm): two consoles never drive one room by accident. */
export function RoomHoldBanner({ hold }: { hold: RoomHold }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!hold.readOnly || !hold.holder) return null;
  const station = hold.holder.stationName;
  return (
    <div className="room-hold" role="status">
      <p>{t('stations.console.heldBy', { station })}</p>
      <button type="button" className="button secondary" onClick={() => setAsking(true)}>
        {t('stations.console.takeOver')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('stations.console.takeOverTitle')}
        message={t('stations.console.takeOverBody', { station })}
        confirmLabel={t('stations.console.takeOverConfirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => {
          setAsking(false);
          hold.takeOver();
        }}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
}
