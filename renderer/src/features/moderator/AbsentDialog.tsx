import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

/** Mark absent: an optional reason, private to organisers unless made public. */
export function AbsentDialog(props: { name: string | null; onClose: () => void; onConfirm: (reason: string, reasonPublic: boolean) => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const [reason, setReason] = useState('');
  const [reasonPublic, setPublic] = useState(false);
  const close = () => {
    setReason('');
    setPublic(false);
    props.onClose();
  };
  return (
    <Dialog open={props.name !== null} title={t('moderator.absentDialog.title', { name: props.name ?? '' })} onClose={close} describedBy={`${ids}-help`}>
      <form
        className="absent-form"
        onSubmit={(e) => {
          e.preventDefault();
          props.onConfirm(reason, reasonPublic);
          setReason('');
          setPublic(false);
        }}
      >
        <p id={`${ids}-help`} className="muted">
          {t('moderator.absentDialog.help')}
        </p>
        <div className="field">
          <label htmlFor={`${ids}-reason`}>{t('moderator.absentDialog.reason')}</label>
          <input id={`${ids}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} autoFocus />
        </div>
        <fieldset className="field plain-fieldset">
          <legend>{t('moderator.absentDialog.visibility')}</legend>
          <div className="segmented">
            <label className="segment">
              <input type="radio" name={`${ids}-vis`} checked={!reasonPublic} onChange={() => setPublic(false)} />
              <span>{t('moderator.absentDialog.private')}</span>
            </label>
            <label className="segment">
              <input type="radio" name={`${ids}-vis`} checked={reasonPublic} onChange={() => setPublic(true)} />
              <span>{t('moderator.absentDialog.public')}</span>
            </label>
          </div>
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button danger">
            {t('moderator.absentDialog.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
