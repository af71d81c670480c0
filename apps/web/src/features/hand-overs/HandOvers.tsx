import { Link } from 'react-router-dom';
import type { HandOverItem } from '@vardflata/contracts';
import { useCareT } from './i18n';

/** care: the care chains' hand-overs that wait on the caller's unit, on the worklist. */
export function HandOvers({ items }: { items: readonly HandOverItem[] }) {
  const { t } = useCareT();
  if (items.length === 0) return null;
  return (
    <section
      className="card work-group"
      aria-labelledby="hand-overs-heading"
      data-testid="hand-overs"
    >
      <h2 id="hand-overs-heading">
        {t('handOver.heading')} <span className="work-count">({items.length})</span>
      </h2>
      <ul className="work-list">
        {items.map((item) => (
          <li key={item.recordId}>{item.text}</li>
        ))}
      </ul>
      <p>
        <Link to="/bed-board">{t('handOver.open')}</Link>
      </p>
    </section>
  );
}
