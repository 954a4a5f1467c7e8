import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

const KEYS = [
  ['Space', 'space'],
  ['N', 'next'],
  ['A', 'add'],
  ['Z', 'undo'],
  ['+', 'plus'],
  ['−', 'minus'],
  ['?', 'help'],
  ['Esc', 'escape'],
] as const;

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('moderator.shortcuts')} onClose={onClose}>
      <table className="table shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('moderator.keys.key')}</th>
            <th scope="col">{t('moderator.keys.action')}</th>
          </tr>
        </thead>
        <tbody>
          {KEYS.map(([key, action]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{t(`moderator.keys.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('moderator.keys.note')}</p>
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
