import { useRef } from 'react';
import { Dialog } from './Dialog';
import { useQrCamera, type QrCameraState } from './use-qr-camera';

export interface QrScanWords {
  title: string;
  /** The video's label for screen readers. */
  preview: string;
  /** What the line under the video says in each state of the camera. */
  status: Record<QrCameraState, string>;
  close: string;
}

/**
 * Reads one QR code with the laptop camera (a badge at the desk, a pairing code on a station),
 * offline, and hands its text to `onCode`. The words are the caller's: each screen says what it
 * is scanning.
 */
export function QrScanDialog({ words, onCode, onClose }: { words: QrScanWords; onCode: (code: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const state = useQrCamera(video, onCode);
  return (
    <Dialog open title={words.title} onClose={onClose}>
      <div className="qr-scan">
        <video ref={video} className="qr-scan-video" muted playsInline aria-label={words.preview} hidden={state === 'unavailable'} />
        <p role="status" className={state === 'unavailable' ? 'warning-line' : 'muted'}>
          {words.status[state]}
        </p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onClose}>
          {words.close}
        </button>
      </div>
    </Dialog>
  );
}
