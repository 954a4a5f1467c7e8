import { useTranslation } from 'react-i18next';
import { QrScanDialog } from '../../ui/QrScanDialog';

/**
 * Reads the QR code of a badge with the laptop camera, offline (ZXing decodes in the page;
 * nothing leaves the laptop). Video only is asked for: the Electron permission handler refuses
 * the microphone. The decoder is loaded on first use, so the desk opens as fast without it.
 */
export function CameraScanDialog({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const words = {
    title: t('desk.camera.title'),
    preview: t('desk.camera.preview'),
    status: { starting: t('desk.camera.starting'), scanning: t('desk.camera.scanning'), unavailable: t('desk.camera.unavailable') },
    close: t('common.close'),
  };
  return <QrScanDialog words={words} onCode={onCode} onClose={onClose} />;
}
