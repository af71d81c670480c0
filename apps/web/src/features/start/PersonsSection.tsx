import { Link } from 'react-router-dom';
import type { CaseloadPerson } from '@vardflata/contracts';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { formatDate, formatPin } from '../../lib/format';
import { personName } from '../persons/personName';
import { useStartT } from './i18n';
import { useCaseload } from './queries';

function SipLinks({ person }: { person: CaseloadPerson }) {
  const { t } = useStartT();
  if (person.coordinatedSips.length === 0) return <>–</>;
  return (
    <ul className="plain-list">
      {person.coordinatedSips.map((sip) => (
        <li key={sip.id}>
          <Link to={`/sips/${encodeURIComponent(sip.id)}`}>
            {t(`sipStatus.${sip.status}`)}
            <span className="visually-hidden">
              {' '}
              – {t('persons.sip')}, {personName(t, person)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The caller's persons: whose SIP she coordinates, then her unit's current care relations —
 * each a way into the person.
 */
export function PersonsSection({
  unit,
  intro,
}: {
  unit: string;
  intro: 'intro' | 'introCoordinator' | 'introManager';
}) {
  const { t } = useStartT();
  const caseload = useCaseload();
  const items = caseload.data?.items ?? [];
  // The column is shown to those who coordinate plans, not as a column of dashes.
  const coordinates = items.some((p) => p.coordinatedSips.length > 0);
  return (
    <section className="card" aria-labelledby="start-persons-heading" data-testid="start-persons">
      <h2 id="start-persons-heading">{t('persons.heading')}</h2>
      <p className="section-intro">{t(`persons.${intro}`, { unit })}</p>
      {caseload.isPending && <Loading />}
      <ProblemAlert error={caseload.error} />
      {caseload.data && items.length === 0 && <p>{t('persons.none')}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{t('persons.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('persons.name')}</th>
                <th scope="col">{t('persons.number')}</th>
                <th scope="col">{t('persons.since')}</th>
                {coordinates && <th scope="col">{t('persons.sip')}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/persons/${encodeURIComponent(p.id)}`}>{personName(t, p)}</Link>
                  </th>
                  <td className="pin nowrap">{formatPin(p.personalIdentityNumber)}</td>
                  <td className="nowrap">
                    {p.relationOpenedAt ? (
                      formatDate(p.relationOpenedAt)
                    ) : (
                      <Badge tone="info">{t('persons.notAtUnit')}</Badge>
                    )}
                  </td>
                  {coordinates && (
                    <td>
                      <SipLinks person={p} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {caseload.data && caseload.data.total > items.length && (
        <p className="small">
          {t('persons.shown', { shown: items.length, total: caseload.data.total })}{' '}
          <Link to="/persons">{t('nav.persons')}</Link>
        </p>
      )}
    </section>
  );
}
