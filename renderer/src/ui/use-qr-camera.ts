import { useEffect, useRef, useState, type RefObject } from 'react';
import type { IScannerControls } from '@zxing/browser';

export type QrCameraState = 'starting' | 'scanning' | 'unavailable';

/**
 * Reads one QR code with the laptop camera into `video`, offline (ZXing decodes in the page;
 * nothing leaves the laptop), then stops the camera and hands the text to `onCode`. Video only:
 * the Electron permission handler refuses the microphone. The decoder loads on first use.
 */
export function useQrCamera(video: RefObject<HTMLVideoElement | null>, onCode: (text: string) => void): QrCameraState {
  const [state, setState] = useState<QrCameraState>('starting');
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
        const element = video.current;
        if (cancelled || !element) return;
        controls = await new BrowserQRCodeReader().decodeFromConstraints(
          { video: { facingMode: 'user' }, audio: false },
          element,
          (result, _error, running) => {
            if (!result) return;
            running.stop();
            done.current(result.getText());
          },
        );
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
  }, [video]);
  return state;
}
