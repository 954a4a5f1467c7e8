import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { figureGaps, type ColumnMapping, type ImportPlan, type RowIssue } from '../../../domain/import';
import { FigureGapsNotice } from './FigureGapsNotice';
import type { DuplicateChoice } from '../../../domain/import/apply';

/** Rows listed at most in the report; the counts above it are always complete. */
const REPORT_LIMIT = 500;

/** What the import will do, and the row-by-row report of what was rejected and why. */
export function ReviewStep(props: { plan: ImportPlan; mapping: ColumnMapping; choice: DuplicateChoice; onChoice: (choice: DuplicateChoice) => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const { plan } = props;
  const fresh = plan.accepted.length - plan.duplicates;
  const issues: RowIssue[] = [...plan.rejected, ...plan.warnings].sort((a, b) => a.row - b.row || (a.severity === 'rejected' ? -1 : 1));
  return (
    <div className="review-step">
      <ul className="import-counts">
        <li className="count-good">{t('import.toAdd', { count: fresh })}</li>
        {plan.duplicates > 0 ? <li className="count-neutral">{t('import.duplicates', { count: plan.duplicates })}</li> : null}
        {plan.rejected.length > 0 ? <li className="count-bad">{t('import.rejected', { count: plan.rejected.length })}</li> : null}
        {plan.warnings.length > 0 ? <li className="count-warn">{t('import.warnings', { count: plan.warnings.length })}</li> : null}
      </ul>
      <FigureGapsNotice
        gaps={figureGaps(
          props.mapping,
          plan.accepted.map((d) => d.participant),
        )}
      />
      {plan.duplicates > 0 ? (
        <fieldset>
          <legend>{t('import.duplicateChoice')}</legend>
          {(['skip', 'update'] as const).map((choice) => (
            <label key={choice} className="check">
              <input type="radio" name={`${ids}-dup`} checked={props.choice === choice} onChange={() => props.onChoice(choice)} />
              <span>{choice === 'skip' ? t('import.skipDuplicates') : t('import.updateDuplicates')}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <h3 className="report-heading">{t('import.report')}</h3>
      {issues.length === 0 ? (
        <p className="muted">{t('import.noIssues')}</p>
      ) : (
        <ol className="issue-list" aria-label={t('import.report')}>
          {issues.slice(0, REPORT_LIMIT).map((issue, i) => (
            <li key={`${issue.row}-${issue.code}-${i}`} className={issue.severity === 'rejected' ? 'issue rejected' : 'issue warning'}>
              <span className="issue-row">{t('import.rowLabel', { row: issue.row })}</span>
              {issue.column ? <span className="issue-column">{issue.column}</span> : null}
              <span>{t(`import.issues.${issue.code}`, { value: issue.value ?? '' })}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
