import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IScannerControls } from '@zxing/browser';
import { Dialog } from '../../ui/Dialog';

type CameraState = 'starting' | 'scanning' | 'unavailable';

/**
 * Reads the QR code of a badge with the laptop camera, offline (ZXing decodes in the page;
 * nothing leaves the laptop). Video only is asked for: the Electron permission handler refuses
 * the microphone. The decoder is loaded on first use, so the desk opens as fast without it.
 */
export function CameraScanDialog({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>('starting');
  const done = useRef(onCode);
  useEffect(() => {
    done.current = onCode;
  });

  useEffect(() => {
    let controls: IScannerControls | null = null;
    let cancelled = false;
    void (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera API');
        const { BrowserQRCodeReader } = await import('@zxing/browser');
        const reader = new BrowserQRCodeReader();
        const element = video.current;
        if (cancelled || !element) return;
        controls = await reader.decodeFromConstraints({ video: { facingMode: 'user' }, audio: false }, element, (result, _error, running) => {
          if (!result) return;
          running.stop();
          done.current(result.getText());
        });
        if (cancelled) controls.stop();
        else setState('scanning');
      } catch {
        if (!cancelled) setState('unavailable');
      }
    })();
    return () => {
      cancelled = true;
      controls?.stop();
    };
  }, []);

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
