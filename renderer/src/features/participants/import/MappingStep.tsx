import { useTranslation } from 'react-i18next';
import {
  columnLetter,
  figureGaps,
  IMPORT_FIELDS,
  mappingProblems,
  previewRows,
  type ColumnMapping,
  type ImportField,
  type Table,
} from '../../../domain/import';
import { FormErrors } from '../../../ui/FormErrors';
import { FigureGapsNotice } from './FigureGapsNotice';

/** The file as read: its first rows under their headers, and what each column is taken to hold. */
export function MappingStep(props: { table: Table; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void }) {
  const { t } = useTranslation();
  const { table, mapping } = props;
  const problems = mappingProblems(mapping);
  const rows = previewRows(table, 6);
  return (
    <div className="mapping-step">
      <p className="muted small">{t('import.mappingHelp')}</p>
      <div className="table-wrap preview-wrap">
        <table className="table preview-table">
          <caption className="visually-hidden">{t('import.preview')}</caption>
          <thead>
            <tr>
              <th scope="col" className="row-number">
                #
              </th>
              {table.headers.map((header, column) => (
                <th scope="col" key={column}>
                  <span className="column-header">
                    {columnLetter(column)} · {header}
                  </span>
                  <select
                    aria-label={t('import.columnField', { letter: columnLetter(column), header })}
                    value={mapping[column] ?? ''}
                    onChange={(e) => {
                      const next = [...mapping];
                      next[column] = (e.target.value || null) as ImportField | null;
                      props.onChange(next);
                    }}
                  >
                    <option value="">{t('import.ignore')}</option>
                    {IMPORT_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {t(`import.fields.${field}`)}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ row, cells }) => (
              <tr key={row}>
                <td className="row-number">{row}</td>
                {table.headers.map((_, column) => (
                  <td key={column} className={mapping[column] ? undefined : 'ignored'}>
                    {cells[column] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormErrors
        messages={problems.map((p) => t(`import.problems.${p.code}`, { field: p.code === 'field-mapped-twice' ? t(`import.fields.${p.field}`) : '' }))}
      />
      <FigureGapsNotice gaps={figureGaps(mapping)} />
    </div>
  );
}
