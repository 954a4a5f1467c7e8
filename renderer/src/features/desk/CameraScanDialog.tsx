import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { useQrCamera } from '../../ui/use-qr-camera';

/**
 * Reads the QR code of a badge with the laptop camera, offline (ZXing decodes in the page;
 * nothing leaves the laptop). Video only is asked for: the Electron permission handler refuses
 * the microphone. The decoder is loaded on first use, so the desk opens as fast without it.
 */
export function CameraScanDialog({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const state = useQrCamera(video, onCode);

  return (
    <Dialog open title={t('desk.camera.title')} onClose={onClose}>
      <div className="desk-camera">
        <video ref={video} className="desk-camera-video" muted playsInline aria-label={t('desk.camera.preview')} hidden={state === 'unavailable'} />
        <p role="status" className={state === 'unavailable' ? 'warning-line' : 'muted'}>
          {t(`desk.camera.${state}`)}
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
