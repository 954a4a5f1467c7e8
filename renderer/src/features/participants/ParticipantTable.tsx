import { memo, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type Category, type Participant } from '../../domain/core/model';
import { stateName } from '../../domain/states/states';
import { useCategoryLabels } from '../../ui/ParticipantSelects';

/** A row's height before it is measured: one line of text and the cell padding. */
const ROW_ESTIMATE_PX = 47;
/** Rows drawn beyond each edge of the screen, so a quick scroll never shows a gap. */
const OVERSCAN_ROWS = 10;

interface RowLabels {
  categories: Record<Category, string>;
  confidential: string;
  walkIn: string;
  select: (name: string) => string;
  edit: (name: string) => string;
}

const ParticipantRow = memo(function ParticipantRow(props: {
  participant: Participant;
  /** Position in the whole list (0-based), for aria-rowindex and the virtualizer. */
  index: number;
  isSelected: boolean;
  isWalkIn: boolean;
  language: 'en' | 'fr';
  labels: RowLabels;
  onToggle: (id: string) => void;
  onEdit: (participant: Participant) => void;
  measureRef: Ref<HTMLTableRowElement>;
}) {
  const { participant: p, labels } = props;
  return (
    // aria-rowindex counts the header as row 1: screen readers say "row 1,204 of 20,001".
    <tr ref={props.measureRef} data-index={props.index} aria-rowindex={props.index + 2} className={props.isSelected ? 'selected' : undefined}>
      <td className="select-col">
        <input type="checkbox" checked={props.isSelected} onChange={() => props.onToggle(p.id)} aria-label={labels.select(p.name)} />
      </td>
      <td className="strong">
        <button type="button" className="link-button" onClick={() => props.onEdit(p)} aria-label={labels.edit(p.name)}>
          {p.name}
        </button>
        {p.confidential ? <span className="badge warning inline">{labels.confidential}</span> : null}
        {props.isWalkIn ? <span className="badge neutral inline">{labels.walkIn}</span> : null}
      </td>
      <td>{p.organisation}</td>
      <td>
        <span className={`badge category-${p.category}`}>{labels.categories[p.category]}</span>
      </td>
      <td>{stateName(p.stateCode, props.language)}</td>
      <td className="mono">{p.badgeCode}</td>
    </tr>
  );
});

/**
 * The rows of the registry, all of them scrollable, only those on screen in the page: 20,000
 * people cost a keystroke the same two dozen rows as 200 do. The page itself scrolls (the
 * window), the header stays in place, and the columns have fixed widths so that they do not
 * shift as other rows come into view.
 */
export const ParticipantTable = memo(function ParticipantTable(props: {
  rows: readonly Participant[];
  /** People registered at the desk as walk-ins, marked so in their row. */
  walkIns: ReadonlySet<string>;
  selected: readonly string[];
  onToggle: (id: string) => void;
  onEdit: (participant: Participant) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Translated once per render, not once per row: per-row t() calls showed in the keystroke profile.
  const categories = useCategoryLabels();
  const labels = useMemo<RowLabels>(
    () => ({
      categories,
      confidential: t('participants.confidential'),
      walkIn: t('participants.walkIn'),
      select: (name) => t('participants.select', { name }),
      edit: (name) => t('participants.edit', { name }),
    }),
    [t, categories],
  );
  const selected = useMemo(() => new Set(props.selected), [props.selected]);

  // Where the rows begin in the page: the virtualizer counts the window's scroll from there.
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // After every render, not on a list of dependencies: what moves the rows (a warning bar
  // dismissed, the toolbar wrapping, a count line) lives outside this component. It settles in
  // one pass, as the state changes only when the position did.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const top = (bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - scrollMargin) > 0.5) setScrollMargin(top);
  });

  const { rows } = props;
  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count: rows.length,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    getItemKey: (index) => (rows[index] as Participant).id,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const spaceBefore = first ? first.start - scrollMargin : 0;
  const spaceAfter = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;

  return (
    <div className="table-wrap registry-wrap">
      <table className="table registry-table" aria-rowcount={rows.length + 1}>
        <colgroup>
          <col className="select-col" />
          <col className="registry-name" />
          <col className="registry-organisation" />
          <col className="registry-category" />
          <col className="registry-state" />
          <col className="registry-badge" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="select-col">
              <span className="visually-hidden">{t('participants.select', { name: '' })}</span>
            </th>
            <th scope="col">{t('participants.name')}</th>
            <th scope="col">{t('participants.organisation')}</th>
            <th scope="col">{t('participants.category')}</th>
            <th scope="col">{t('participants.state')}</th>
            <th scope="col">{t('participants.badge')}</th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {spaceBefore > 0 ? (
            <tr className="registry-spacer" aria-hidden="true" style={{ height: spaceBefore }}>
              <td colSpan={6} />
            </tr>
          ) : null}
          {items.map((item) => {
            const p = rows[item.index] as Participant;
            return (
              <ParticipantRow
                key={p.id}
                participant={p}
                index={item.index}
                isSelected={selected.has(p.id)}
                isWalkIn={props.walkIns.has(p.id)}
                language={language}
                labels={labels}
                onToggle={props.onToggle}
                onEdit={props.onEdit}
                measureRef={virtualizer.measureElement}
              />
            );
          })}
          {spaceAfter > 0 ? (
            <tr className="registry-spacer" aria-hidden="true" style={{ height: spaceAfter }}>
              <td colSpan={6} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
});
