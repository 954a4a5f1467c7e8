import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import type { Series } from '../../domain/core/model';
import { EXPORT_TABLES, type ExportTable, type ExportTableName } from '../../domain/reports';
import { exportFileName, saveCsv, saveXlsx } from './export-files';
import { useReportsStore } from './reports-store';

/** Export: the version (public or internal), a CSV per table, or one XLSX with every table. */
export function ExportCard({ series, tables }: { series: Series; tables: (audience: 'public' | 'internal') => ExportTable[] }) {
  const { t } = useTranslation();
  const host = useHost();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  const audience = useReportsStore((s) => s.audience);
  const setAudience = useReportsStore((s) => s.setAudience);
  const [busy, setBusy] = useState(false);
  const version = t(`reports.exports.${audience}`);

  async function run(save: () => Promise<boolean>, name: string) {
    setBusy(true);
    try {
      if (await save()) showNotice(t('reports.exports.exported', { name }));
    } finally {
      setBusy(false);
    }
  }

  const sheet = (name: ExportTableName) => t(`reports.exports.sheets.${name}`);
  return (
    <section className="card report-section report-export" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('reports.exports.title')}</h2>
      <p className="muted small">{t('reports.exports.help')}</p>
      <fieldset className="report-audience">
        <legend>{t('reports.exports.audience')}</legend>
        {(['public', 'internal'] as const).map((a) => (
          <label key={a} className="report-audience-option">
            <input type="radio" name={`${ids}-audience`} value={a} checked={audience === a} onChange={() => setAudience(a)} />
            <span>
              <span className="strong block">{t(`reports.exports.${a}`)}</span>
              <span className="muted small">{t(`reports.exports.${a}Help`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="report-export-buttons">
        {EXPORT_TABLES.map((name) => (
          <button
            key={name}
            type="button"
            className="button ghost"
            disabled={busy}
            onClick={() => {
              const file = exportFileName(series.name, sheet(name), version, 'csv');
              const table = tables(audience).find((x) => x.name === name);
              if (table) void run(() => saveCsv(host, table, file), file);
            }}
          >
            {t('reports.exports.csv', { table: t(`reports.exports.tables.${name}`) })}
          </button>
        ))}
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => {
            const file = exportFileName(series.name, t('reports.title'), version, 'xlsx');
            void run(() => saveXlsx(host, tables(audience), sheet, file), file);
          }}
        >
          {t('reports.exports.xlsx')}
        </button>
      </div>
      <p className="muted small">{t('reports.exports.printHelp')}</p>
    </section>
  );
}
