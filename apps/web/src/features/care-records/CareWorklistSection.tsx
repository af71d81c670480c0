import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { formatDate, formatPin } from '../../lib/format';
import { personName } from '../persons/personName';
import { useCareT } from './i18n';
import { useCareWorklist } from './queries';

/** The care chain's part of the worklist (F6, F7): what waits on the caller's unit. */
export function CareWorklistSection() {
  const { t, lang } = useCareT();
  const list = useCareWorklist();
  return (
    <section className="card" aria-labelledby="care-worklist-heading" data-testid="care-worklist">
      <h2 id="care-worklist-heading">{t('worklist.heading')}</h2>
      <p className="section-intro">{t('worklist.intro')}</p>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <p>{t('worklist.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="work-list">
          {list.data.items.map((item, i) => (
            // One LVM/LVU process may have two limits running at once: the index keeps keys apart.
            <li key={`${item.kind}-${item.recordId}-${i}`} className="work-item">
              <div className="work-item-head">
                <Link
                  to={`/persons/${encodeURIComponent(item.personId)}${item.kind === 'coercive-care-deadline' ? '#coercive-care' : ''}`}
                  className="work-item-link"
                >
                  {personName(t, item.person)}
                  <span className="visually-hidden"> – {t(`worklist.kinds.${item.kind}`)}</span>
                </Link>
                <span className="pin small">{formatPin(item.person.personalIdentityNumber)}</span>
                <Badge tone={item.days !== null && item.days < 0 ? 'danger' : 'info'}>
                  {t(`worklist.kinds.${item.kind}`)}
                </Badge>
              </div>
              <p className="work-item-text" lang={lang === 'sv' ? undefined : 'sv'}>
                {item.text}
              </p>
              {item.dueOn && (
                <p className="small">{t('worklist.due', { date: formatDate(item.dueOn) })}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
