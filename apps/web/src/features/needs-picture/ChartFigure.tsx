import { useId, type ReactNode } from 'react';
import { useNeedsT } from './i18n';

/**
 * A chart with its accessible description and its table alternative. The drawing itself is
 * hidden from assistive technology: the description and the table say the same.
 */
export function ChartFigure({
  heading,
  description,
  chart,
  table,
}: {
  heading: string;
  description: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { t } = useNeedsT();
  const id = useId();
  return (
    <figure className="card chart-figure" aria-labelledby={`${id}-h`} aria-describedby={`${id}-d`}>
      <h3 id={`${id}-h`}>{heading}</h3>
      <p id={`${id}-d`} className="chart-description">
        {description}
      </p>
      <div className="chart-drawing" aria-hidden="true">
        {chart}
      </div>
      <details>
        <summary>{t('chart.table')}</summary>
        {table}
      </details>
    </figure>
  );
}
