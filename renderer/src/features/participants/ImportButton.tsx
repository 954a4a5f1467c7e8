import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../domain/core/model';
import { ImportWizard } from './import/ImportWizard';

/** Opens the import of a spreadsheet of participants. */
export function ImportButton({ series }: { series: Series }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button ghost" onClick={() => setOpen(true)} aria-label={t('import.openLabel')}>
        {t('import.open')}
      </button>
      {open ? <ImportWizard series={series} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
