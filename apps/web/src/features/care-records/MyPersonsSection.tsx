import { Link } from 'react-router-dom';
import { CASE_LABELS } from '@vardflata/domain';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { formatDate, formatPin } from '../../lib/format';
import { personName } from '../persons/personName';
import { useCareT } from './i18n';
import { useMyPersons } from './queries';

/** "Mina personer" (F7): the persons the signed-in user is case manager of. */
export function MyPersonsSection() {
  const { t, text } = useCareT();
  const list = useMyPersons();
  return (
    <section className="card" aria-labelledby="my-persons-heading" data-testid="my-persons">
      <h2 id="my-persons-heading">{t('cases.myPersons')}</h2>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <p>{t('cases.myPersonsNone')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="work-list">
          {list.data.items.map((p) => (
            <li key={p.personId} className="work-item">
              <div className="work-item-head">
                <Link to={`/persons/${encodeURIComponent(p.personId)}`}>{personName(t, p)}</Link>
                <span className="pin small">{formatPin(p.personalIdentityNumber)}</span>
                <Badge tone="neutral">{text(CASE_LABELS.managerKind[p.kind])}</Badge>
                {p.openCase?.reopened && <Badge tone="info">{t('cases.reopened')}</Badge>}
              </div>
              <p className="small">{formatDate(p.assignedOn)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
