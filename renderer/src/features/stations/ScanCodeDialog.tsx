import { useTranslation } from 'react-i18next';
import { QrScanDialog } from '../../ui/QrScanDialog';

/** Scans the pairing code's QR code shown on the sharing station, with this laptop's camera. */
export function ScanCodeDialog({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const words = {
    title: t('stations.scan.title'),
    preview: t('stations.scan.preview'),
    status: { starting: t('stations.scan.starting'), scanning: t('stations.scan.scanning'), unavailable: t('stations.scan.unavailable') },
    close: t('common.close'),
  };
  return <QrScanDialog words={words} onCode={onCode} onClose={onClose} />;
}
