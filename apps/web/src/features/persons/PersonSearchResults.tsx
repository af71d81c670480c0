import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatPin } from '../../lib/format';
import { fieldError } from '../../lib/errors';
import { nameIsHidden, personName } from './personName';
import { usePersonSearch } from './queries';

export function PersonSearchResults({ q }: { q: string }) {
  const { t } = useTranslation();
  const search = usePersonSearch(q);
  const items = search.data;

  return (
    <section aria-labelledby="search-results-heading" className="results">
      <h2 id="search-results-heading">{t('search.resultsHeading', { q })}</h2>
      <StatusMessage>{items && t('search.count', { count: items.length })}</StatusMessage>
      {search.isPending && <Loading />}
      {search.isError &&
        (fieldError(t, search.error, 'q') ? (
          <div className="alert alert-error" role="alert">
            <p>{fieldError(t, search.error, 'q')}</p>
          </div>
        ) : (
          <ProblemAlert error={search.error} />
        ))}
      {items && items.length === 0 && <p>{t('search.none')}</p>}
      {items && items.length > 0 && (
        <ul className="person-list">
          {items.map((person) => (
            <li key={person.id}>
              <Link to={`/persons/${person.id}`} className="person-link">
                <span className={nameIsHidden(person) ? 'person-name hidden-name' : 'person-name'}>
                  {personName(t, person)}
                </span>
              </Link>
              <span className="person-meta">
                <span className="pin">{formatPin(person.personalIdentityNumber)}</span>
                {person.identityNumberKind === 'samordningsnummer' && (
                  <Badge tone="info">{t('person.coordinationNumber')}</Badge>
                )}
                {person.identityNumberKind === 'reservnummer' && (
                  <Badge tone="warn">{t('person.reserveNumber')}</Badge>
                )}
                {person.protectedIdentity && (
                  <Badge tone="warn">{t('person.protectedIdentity')}</Badge>
                )}
                {person.ground === 'emergency' && (
                  <Badge tone="danger">{t('person.viaEmergency')}</Badge>
                )}
                {person.testData && <Badge>{t('person.testData')}</Badge>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
