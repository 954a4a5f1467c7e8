import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { useDb, useHost } from '../../../runtime/contexts';
import { useNotice } from '../../../runtime/notice-store';
import { applyImportPlan } from '../../../db/commands/import';
import { listParticipants } from '../../../db/queries/participants';
import {
  buildImportPlan,
  guessMapping,
  ImportError,
  makeSessionFinder,
  mapsAName,
  MAX_IMPORT_BYTES,
  type ColumnMapping,
  type ImportPlan,
  type Table,
} from '../../../domain/import';
import type { DuplicateChoice } from '../../../domain/import/apply';
import { newId } from '../../../domain/core/ids';
import type { Series } from '../../../domain/core/model';
import { Dialog } from '../../../ui/Dialog';
import { FormErrors } from '../../../ui/FormErrors';
import { importErrorText } from './import-error-text';
import { ImportProgress } from './ImportProgress';
import { readTableInWorker, ReadingCancelled, type TableReading } from './read-table-in-worker';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';
import './import.css';
import { listSessions } from '../../../db/queries/series';
import { useRunCommand } from '../../../runtime/run-command';

type Step =
  | { name: 'choose' }
  | { name: 'map'; file: { name: string; bytes: Uint8Array }; table: Table; mapping: ColumnMapping }
  | { name: 'review'; file: { name: string; bytes: Uint8Array }; table: Table; mapping: ColumnMapping; plan: ImportPlan };

/** Rows checked between two yields to the page (the screen paints and answers in between). */
const CHECK_CHUNK_ROWS = 100;

const DELIMITER_NAMES: Record<string, string> = { ',': ',', ';': ';', '\t': 'Tab', '|': '|' };

/** Spreadsheet to registry: choose, check the columns, read the report, import in one go. */
export function ImportWizard({ series, onClose }: { series: Series; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const db = useDb();
  const run = useRunCommand();
  const host = useHost();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [busy, setBusy] = useState<'reading' | 'checking' | 'writing' | null>(null);
  const [progress, setProgress] = useState(0);
  const [choice, setChoice] = useState<DuplicateChoice>('skip');
  const reading = useRef<TableReading | null>(null);
  // Closing the dialog stops a file still being read.
  useEffect(() => () => reading.current?.cancel(), []);

  /** Reads the file in a worker; the screen keeps answering and shows how far it has gone. */
  async function read(file: { name: string; bytes: Uint8Array }, sheetName?: string) {
    reading.current?.cancel();
    setBusy('reading');
    setProgress(0);
    setError(null);
    setCancelled(false);
    const current = readTableInWorker(file, sheetName ? { sheetName } : {}, setProgress);
    reading.current = current;
    try {
      const table = await current.table;
      setStep({ name: 'map', file, table, mapping: guessMapping(table.headers) });
    } catch (caught) {
      // A reading replaced by another (a sheet chosen meanwhile) says nothing.
      if (reading.current !== current) return;
      if (caught instanceof ReadingCancelled) setCancelled(true);
      else setError(importErrorText(caught, t, language));
    } finally {
      if (reading.current === current) {
        reading.current = null;
        setBusy(null);
      }
    }
  }

  async function choose() {
    setError(null);
    setCancelled(false);
    const opened = await host.openFile({ filters: [{ name: 'CSV, Excel', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }], maxBytes: MAX_IMPORT_BYTES });
    if (!opened.opened) {
      if (opened.reason === 'too-large')
        setError(importErrorText(new ImportError('file-too-large', { size: opened.size, limit: MAX_IMPORT_BYTES }), t, language));
      return;
    }
    await read({ name: opened.name, bytes: opened.bytes });
  }

  async function check() {
    if (step.name !== 'map') return;
    setBusy('checking');
    setProgress(0);
    setError(null);
    try {
      const [existing, sessions] = await Promise.all([listParticipants(db, series.id), listSessions(db, series.id)]);
      const plan = await buildImportPlan(
        step.table,
        step.mapping,
        {
          existing,
          seriesId: series.id,
          findSession: makeSessionFinder(sessions),
          allSessionIds: sessions.map((s) => s.id),
          now: Date.now(),
          newId,
          // Small pieces between yields: a thousand rows took over 100 ms on a busy laptop.
          chunkSize: CHECK_CHUNK_ROWS,
        },
        setProgress,
      );
      setStep({ ...step, name: 'review', plan });
    } catch (caught) {
      setError(importErrorText(caught, t, language));
    } finally {
      setBusy(null);
    }
  }

  async function write() {
    if (step.name !== 'review') return;
    setBusy('writing');
    try {
      // Read by `npm run bench`: the database write alone, apart from the screen's update.
      performance.mark('sd:import-write-start');
      const written = await run(t('failures.what.import'), () => applyImportPlan(db, series.id, step.plan, choice));
      performance.measure('sd:import-write', 'sd:import-write-start');
      if (!written.ok) {
        // Said on every screen; the wizard stays open with the file and the choices, to try again.
        setBusy(null);
        return;
      }
      showNotice(t('import.done', { ...written.value }));
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? `${t('import.errors.unknown')} (${caught.message})` : t('import.errors.unknown'));
      setBusy(null);
    }
  }

  const importable = step.name === 'review' ? step.plan.accepted.length - (choice === 'skip' ? step.plan.duplicates : 0) : 0;
  return (
    <Dialog open title={t('import.title')} onClose={onClose} wide>
      {step.name === 'choose' ? (
        <div className="import-choose">
          <p className="muted">{t('import.chooseHelp')}</p>
          <button type="button" className="button primary" onClick={choose} disabled={busy !== null}>
            {t('import.choose')}
          </button>
        </div>
      ) : (
        <div className="import-file">
          <p className="strong">{t('import.fileSummary', { name: step.file.name, rows: step.table.rows.length })}</p>
          <p className="muted small">
            {step.table.format === 'csv'
              ? t('import.csvDetails', { encoding: (step.table.encoding ?? '').toUpperCase(), delimiter: DELIMITER_NAMES[step.table.delimiter ?? ','] ?? ',' })
              : t('import.xlsxDetails')}
          </p>
          {step.table.sheetNames && step.table.sheetNames.length > 1 ? (
            <div className="field inline-field">
              <label htmlFor={`${ids}-sheet`}>{t('import.sheet')}</label>
              <select id={`${ids}-sheet`} value={step.table.sheetName} disabled={step.name !== 'map'} onChange={(e) => void read(step.file, e.target.value)}>
                {step.table.sheetNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
      )}
      {step.name === 'map' ? <MappingStep table={step.table} mapping={step.mapping} onChange={(mapping) => setStep({ ...step, mapping })} /> : null}
      {step.name === 'review' ? <ReviewStep plan={step.plan} mapping={step.mapping} choice={choice} onChoice={setChoice} /> : null}
      {busy === 'reading' ? <ImportProgress fraction={progress} onCancel={() => reading.current?.cancel()} /> : null}
      {busy === 'checking' || busy === 'writing' ? (
        <div className="import-progress">
          <span>{t('import.checking')}</span>
          {busy === 'checking' ? <progress max={1} value={progress} aria-label={t('import.progress')} /> : null}
        </div>
      ) : null}
      {cancelled ? (
        <p className="muted" role="status">
          {t('import.readingCancelled')}
        </p>
      ) : null}
      {error ? <FormErrors messages={[error]} /> : null}
      <div className="dialog-actions">
        <button type="button" className="button ghost" onClick={onClose}>
          {t('common.cancel')}
        </button>
        {step.name === 'review' ? (
          <button type="button" className="button ghost" onClick={() => setStep({ name: 'map', file: step.file, table: step.table, mapping: step.mapping })}>
            {t('import.back')}
          </button>
        ) : null}
        {step.name === 'map' ? (
          <button type="button" className="button primary" onClick={check} disabled={busy !== null || !mapsAName(step.mapping)}>
            {t('import.check')}
          </button>
        ) : null}
        {step.name === 'review' ? (
          <button
            type="button"
            className="button primary"
            onClick={write}
            disabled={busy !== null || importable + (choice === 'update' ? step.plan.duplicates : 0) === 0}
          >
            {t('import.confirmCount', { count: importable })}
          </button>
        ) : null}
      </div>
    </Dialog>
  );
}
