import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { joinWithCode, type JoinOutcome } from '../../modules/sync/sharing-actions';
import { Dialog } from '../../ui/Dialog';
import { FormErrors } from '../../ui/FormErrors';
import { ScanCodeDialog } from './ScanCodeDialog';
import { StationNameForm } from './StationNameForm';

type Problem = Exclude<JoinOutcome, { ok: true }>['reason'];

const PROBLEM_KEYS = {
  empty: 'stations.joinDialog.empty',
  malformed: 'stations.joinDialog.malformed',
  checksum: 'stations.joinDialog.checksum',
  'code-format': 'stations.joinDialog.codeFormat',
  'data-format': 'stations.joinDialog.dataFormat',
  'already-sharing': 'stations.joinDialog.alreadySharing',
} as const satisfies Record<Problem, string>;

/** Join a shared series: the pairing code typed (or pasted from a scan). Nothing of this station's data changes until the hub answers. */
export function JoinDialog({ open, onClose, onJoined }: { open: boolean; onClose: () => void; onJoined?: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [scanning, setScanning] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await joinWithCode(db, code);
    if (!outcome.ok) return setProblem(outcome.reason);
    setProblem(null);
    setCode('');
    showNotice(t('stations.joinDialog.joined'));
    onClose();
    onJoined?.();
  }

  return (
    <Dialog open={open} title={t('stations.joinDialog.title')} onClose={onClose} describedBy={`${ids}-help`}>
      <form onSubmit={submit}>
        <p id={`${ids}-help`}>{t('stations.joinDialog.help')}</p>
        <div className="field">
          <label htmlFor={`${ids}-code`}>{t('stations.joinDialog.code')}</label>
          <input
            id={`${ids}-code`}
            className="mono pairing-input"
            value={code}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            onChange={(e) => setCode(e.target.value)}
            aria-invalid={problem ? true : undefined}
          />
        </div>
        {problem ? <FormErrors messages={[t(PROBLEM_KEYS[problem])]} /> : null}
        <button type="button" className="button ghost small" onClick={() => setScanning(true)}>
          {t('stations.scan.button')}
        </button>
        {scanning ? (
          <ScanCodeDialog
            onClose={() => setScanning(false)}
            onCode={(text) => {
              setScanning(false);
              setCode(text);
            }}
          />
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('stations.joinDialog.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('stations.joinDialog.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * The welcome screen's card (composed there by the app): this station's name, set at first run
 * (other stations and the records show it), and joining a series another station shares.
 */
export function JoinSharedSeriesCard() {
  const { t } = useTranslation();
  const ids = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('stations.welcome.title')}</h2>
      <p className="muted">{t('stations.welcome.help')}</p>
      <StationNameForm />
      <button type="button" className="button secondary" onClick={() => setOpen(true)}>
        {t('stations.share.join')}
      </button>
      <JoinDialog open={open} onClose={() => setOpen(false)} />
    </section>
  );
}
