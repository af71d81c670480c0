import { Link } from 'react-router-dom';
import type { HandOverItem } from '@vardflata/contracts';
import { Badge } from '../../components/Status';
import { formatDate, formatPin } from '../../lib/format';
import { personName } from '../persons/personName';
import { useWorklistT } from './i18n';

/**
 * contacts: the unit's booked visits and contacts whose day has passed, oldest first, each with
 * a way to the person's page, where the outcome is recorded (its "Besök och kontakter" section).
 */
export function ContactOutcomes({ items }: { items: readonly HandOverItem[] }) {
  const { t, lang } = useWorklistT();
  if (items.length === 0) return null;
  return (
    <section
      className="card work-group work-group-warn"
      aria-labelledby="contact-outcomes-heading"
      data-testid="contact-outcomes"
    >
      <h2 id="contact-outcomes-heading">
        {t('contactOutcomes.heading')} <span className="work-count">({items.length})</span>
      </h2>
      <p className="section-intro">{t('contactOutcomes.intro')}</p>
      <ul className="work-list">
        {items.map((item) => (
          <li key={item.recordId} className="work-item" data-testid="contact-outcome">
            <div className="work-item-head">
              <Link
                to={`/persons/${encodeURIComponent(item.personId)}#contacts`}
                className="work-item-link"
              >
                {item.person ? personName(t, item.person) : t('contactOutcomes.person')}
                <span className="visually-hidden"> – {t('contactOutcomes.item')}</span>
              </Link>
              {item.person && (
                <span className="pin small">{formatPin(item.person.personalIdentityNumber)}</span>
              )}
              {item.days !== null && item.days < 0 && (
                <Badge tone="warn">{t('days.ago', { count: -item.days })}</Badge>
              )}
            </div>
            <p className="work-item-text" lang={lang === 'sv' ? undefined : 'sv'}>
              {item.text}
            </p>
            {item.dueOn && (
              <p className="small">
                {t('contactOutcomes.date')}: {formatDate(item.dueOn)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
