import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its accessible description and its table alternative. The drawing itself is
 * hidden from assistive technology: the description and the table say the same. Used by the
 * dashboard, the needs picture and training coverage.
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
  const { t } = useTranslation();
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
        <summary>{t('common.showAsTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
