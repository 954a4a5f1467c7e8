import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { useQrCamera } from '../../ui/use-qr-camera';

/** Scans the pairing code's QR code shown on the sharing station, with this laptop's camera. */
export function ScanCodeDialog({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const state = useQrCamera(video, onCode);
  return (
    <Dialog open title={t('stations.scan.title')} onClose={onClose}>
      <div className="scan-code">
        <video ref={video} className="scan-code-video" muted playsInline aria-label={t('stations.scan.preview')} hidden={state === 'unavailable'} />
        <p role="status" className={state === 'unavailable' ? 'warning-line' : 'muted'}>
          {t(`stations.scan.${state}`)}
        </p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
