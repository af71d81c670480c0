import type { Disclosure } from '@vardflata/contracts';
import { Form, useFormSubmit } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { formatDateTime, formatPin } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { useCareT } from './i18n';
import { useAcknowledge, useReceivedDisclosures } from './queries';

function AcknowledgeForm({ d }: { d: Disclosure }) {
  const { t } = useCareT();
  const ack = useAcknowledge();
  const form = useFormSubmit({ id: `ack-${d.id}`, send: () => ack.mutateAsync(d.id) });
  return (
    <Form form={form} className="form">
      <Form.Alerts />
      <Form.Actions submitLabel={t('received.acknowledge')} />
    </Form>
  );
}

/** What the caller's organisation received on a legal ground: the disclosed content only. */
export function ReceivedDisclosuresPage() {
  const { t } = useCareT();
  const me = useMe();
  const list = useReceivedDisclosures();
  const title = t('received.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('received.intro')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} />
      ) : list.data.length === 0 ? (
        <p>{t('received.none')}</p>
      ) : (
        <ul className="plain-list" data-testid="received-disclosures">
          {list.data.map((d) => (
            <li key={d.id} className="card card-muted">
              <h2>
                {t(`disclosure.grounds.${d.ground}`)}{' '}
                {d.acknowledgedAt ? (
                  <Badge tone="ok">{t('received.acknowledged')}</Badge>
                ) : (
                  <Badge tone="warn">{t('received.waiting')}</Badge>
                )}
              </h2>
              <p>
                {t('received.about')}:{' '}
                {d.person.givenName === null
                  ? t('person.protectedIdentity')
                  : `${d.person.givenName} ${d.person.familyName}`}{' '}
                ({formatPin(d.person.personalIdentityNumber)})
              </p>
              <p>
                {t('received.from', {
                  unit: d.disclosedUnitName,
                  organisation: d.disclosedOrganisationName,
                  at: formatDateTime(d.disclosedAt),
                })}
              </p>
              <p>{d.content}</p>
              <p className="muted">{d.legalReference}</p>
              {!d.acknowledgedAt && mayWorkWithPersons(me) && <AcknowledgeForm d={d} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
