import { useTranslation } from 'react-i18next';
import type { Person } from '@vardflata/contracts';
import { Badge } from '../../components/Status';
import { formatPin } from '../../lib/format';
import { nameIsHidden } from './personName';

export function PersonIdentity({ person }: { person: Person }) {
  const { t } = useTranslation();
  const hidden = nameIsHidden(person);
  return (
    <section className="card" aria-labelledby="identity-heading">
      <h2 id="identity-heading">{t('person.identityHeading')}</h2>
      {person.protectedIdentity && (
        <div className="alert alert-warning">
          <p>
            <strong>{t('person.protectedIdentity')}.</strong>{' '}
            {hidden ? t('person.protectedHidden') : t('person.protectedShown')}
          </p>
        </div>
      )}
      <dl className="facts facts-grid">
        <div>
          <dt>
            {person.identityNumberKind === 'samordningsnummer'
              ? t('person.coordinationNumber')
              : person.identityNumberKind === 'reservnummer'
                ? t('person.reserveNumber')
                : t('person.pin')}
          </dt>
          <dd className="pin">{formatPin(person.personalIdentityNumber)}</dd>
        </div>
        <div>
          <dt>{t('person.givenName')}</dt>
          <dd>
            {person.givenName === ''
              ? t('person.nameUnknown')
              : (person.givenName ?? (
                  <span className="hidden-name">{t('person.protectedIdentity')}</span>
                ))}
          </dd>
        </div>
        <div>
          <dt>{t('person.familyName')}</dt>
          <dd>
            {person.familyName === ''
              ? t('person.nameUnknown')
              : (person.familyName ?? (
                  <span className="hidden-name">{t('person.protectedIdentity')}</span>
                ))}
          </dd>
        </div>
        <div>
          <dt>{t('person.dateOfBirth')}</dt>
          <dd>
            {person.identityNumberKind === 'reservnummer'
              ? t('person.birthYearAbout', { year: person.dateOfBirth.slice(0, 4) })
              : person.dateOfBirth}
          </dd>
        </div>
        <div>
          <dt>{t('person.sex')}</dt>
          <dd>{t(`sex.${person.sex}`)}</dd>
        </div>
        <div>
          <dt>{t('person.ground')}</dt>
          <dd>{t(`grounds.${person.ground}`)}</dd>
        </div>
      </dl>
      {person.testData && (
        <p>
          <Badge>{t('person.testData')}</Badge> {t('person.testDataText')}
        </p>
      )}
    </section>
  );
}
