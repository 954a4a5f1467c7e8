import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../runtime/notice-store';
import { QrImage } from './QrImage';

/** The pairing code as a QR code and as text to type, with Copy. */
export function PairingCodePanel({ code }: { code: string }) {
  const { t } = useTranslation();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  return (
    <div className="pairing" role="group" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('stations.code.title')}</h3>
      <div className="pairing-body">
        <QrImage text={code} label={t('stations.code.qrLabel')} />
        <div className="pairing-text">
          <p className="small muted">{t('stations.code.help')}</p>
          <p className="pairing-code mono" aria-label={t('stations.code.title')} lang="en">
            {code}
          </p>
          <button
            type="button"
            className="button ghost small"
            onClick={() =>
              void navigator.clipboard?.writeText(code).then(
                () => showNotice(t('stations.code.copied')),
                () => undefined,
              )
            }
          >
            {t('stations.code.copy')}
          </button>
        </div>
      </div>
    </div>
  );
}
