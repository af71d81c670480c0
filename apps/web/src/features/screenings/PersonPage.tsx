import type { ComponentType, ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Person } from '@vardflata/contracts';
import { ageOn } from '@vardflata/domain';
import { LoadedPage } from '../../components/LoadedPage';
import { PageHeading } from '../../components/PageHeading';
import { formatPin, todayInStockholm } from '../../lib/format';
import { personName } from '../persons/personName';
import { usePerson } from '../persons/queries';
import { useScreeningsT } from './i18n';

/** The person id of the current route (/persons/:personId/screenings/...). */
export function usePersonId(): string {
  return useParams().personId ?? '';
}

export const historyPath = (personId: string) =>
  `/persons/${encodeURIComponent(personId)}/screenings`;
export const formPath = (personId: string, form: string) => `${historyPath(personId)}/${form}`;

/**
 * The frame of every screening page: the way back, the page's one h1, and who the person is —
 * with sex and age, because they decide the cut-offs. The document title never carries the
 * name (tabs and history are seen by others).
 */
export function PersonPage({
  title,
  children,
}: {
  title: string;
  children: (person: Person) => ReactNode;
}) {
  const { t } = useScreeningsT();
  const personId = usePersonId();
  const person = usePerson(personId);

  return (
    <LoadedPage
      query={person}
      title={title}
      notFound={{
        title: t('person.notFoundTitle'),
        body: t('person.notFoundBody'),
        way: <Link to="/persons">{t('person.backToSearch')}</Link>,
      }}
    >
      {(p) => (
        <>
          <nav className="breadcrumb" aria-label={t('frame.breadcrumb')}>
            <Link to={`/persons/${encodeURIComponent(p.id)}`}>{t('frame.backToPerson')}</Link>
          </nav>
          <PageHeading title={title}>{title}</PageHeading>
          <PersonContext person={p} />
          {children(p)}
        </>
      )}
    </LoadedPage>
  );
}

/** Name, number, sex and age today: what the reader needs to know the cut-offs are right. */
function PersonContext({ person }: { person: Person }) {
  const { t } = useScreeningsT();
  const age = ageOn(person.dateOfBirth, todayInStockholm());
  return (
    <p className="person-context" data-testid="person-context">
      <span className="person-context-name">{personName(t, person)}</span>
      <span className="pin">{formatPin(person.personalIdentityNumber)}</span>
      <span>{person.sex === 'unknown' ? t('frame.sexUnknown') : t(`sex.${person.sex}`)}</span>
      <span>{t('frame.age', { count: age })}</span>
    </p>
  );
}

/** An assessment's page: the person's frame titled by the form's section, and the form. */
export function AssessmentPage({
  section,
  form: AssessmentForm,
}: {
  /** The i18n section holding the form's `title`, e.g. 'drugTest'. */
  section: string;
  form: ComponentType<{ person: Person }>;
}) {
  const { t } = useScreeningsT();
  return (
    <PersonPage title={t(`${section}.title`)}>
      {(person) => <AssessmentForm person={person} />}
    </PersonPage>
  );
}
