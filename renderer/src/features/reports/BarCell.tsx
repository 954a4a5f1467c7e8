/**
 * A number with its bar, inside a table cell: the table is the chart's text equivalent, so
 * the bar itself is decoration (aria-hidden) and the number is what assistive technology reads.
 */
export function BarCell({ value, max, tone = 'strong' }: { value: number; max: number; tone?: 'strong' | 'light' }) {
  const percent = max === 0 ? 0 : Math.max(value > 0 ? 2 : 0, (value / max) * 100);
  return (
    <div className="report-bar">
      <span className="report-bar-value">{value}</span>
      <span className="report-bar-track" aria-hidden="true">
        <span className={`report-bar-fill ${tone}`} style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
