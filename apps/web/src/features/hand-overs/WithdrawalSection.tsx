import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Person, WithdrawalRequest } from '@vardflata/contracts';
import { isApiError } from '../../api';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { useCareT } from './i18n';
import { usePersonWithdrawalRequests, useRequestBed } from './queries';

function RequestBedForm({
  personId,
  onCancel,
  onSent,
}: {
  personId: string;
  onCancel: () => void;
  onSent: (r: WithdrawalRequest) => void;
}) {
  const { t } = useCareT();
  const send = useRequestBed(personId);
  const [motivated, setMotivated] = useState(false);
  const [reason, setReason] = useState('');
  const form = useFormSubmit({
    check: (): Errors => (reason.trim() ? {} : { reason: t('request.reason') }),
    ownsProblem: (e) => isApiError(e) && e.status === 422,
    send: () => send.mutateAsync({ medicallyMotivated: motivated, reason: reason.trim() }),
    onSuccess: onSent,
  });
  const noConsent = isApiError(send.error) && send.error.status === 422;
  return (
    <Form form={form} className="form inline-panel" aria-labelledby="request-bed-heading">
      <h3 id="request-bed-heading">{t('request.formHeading')}</h3>
      <Form.Alerts />
      {noConsent && (
        <div className="alert alert-error" role="alert">
          <p>{t('request.noConsent')}</p>
          <p>
            <a href="#consents">{t('request.consentLink')}</a>
          </p>
        </div>
      )}
      <Form.Checkbox
        label={t('request.motivated')}
        hint={t('request.motivatedHint')}
        checked={motivated}
        onChange={(e) => setMotivated(e.target.checked)}
      />
      <Form.TextArea
        path="reason"
        label={t('request.reason')}
        required
        limit={4000}
        {...bindValue(reason, setReason)}
      />
      <Form.Actions submitLabel={t('request.submit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}

/** The person's withdrawal-bed requests, and "Begär abstinensplats" (seed 004). */
export function WithdrawalSection({ person }: { person: Person }) {
  const { t } = useCareT();
  const me = useMe();
  const requests = usePersonWithdrawalRequests(person.id);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="withdrawal-heading">
      <h2 id="withdrawal-heading">{t('request.heading')}</h2>
      <p>{t('request.intro')}</p>
      <StatusMessage>{sent && t('request.sent', { unit: sent })}</StatusMessage>
      {requests.isPending ? (
        <Loading />
      ) : requests.isError ? (
        <ProblemAlert error={requests.error} />
      ) : requests.data.length === 0 ? (
        <p>{t('request.none')}</p>
      ) : (
        <ul className="plain-list" data-testid="withdrawal-requests">
          {requests.data.map((r) => (
            <li key={r.id}>
              <Badge tone={r.status === 'waiting' ? 'warn' : 'neutral'}>
                {t(`request.status.${r.status}`)}
              </Badge>{' '}
              {r.bedUnitName} ·{' '}
              {t('request.requested', {
                date: formatDate(r.requestedAt),
                unit: r.requestingUnitName,
              })}
              {r.aftercare && (
                <>
                  {' '}
                  ·{' '}
                  {r.aftercare.personTookPart
                    ? t('request.aftercareTook')
                    : t('request.aftercareWithout')}
                  {r.aftercare.userOrganisationRepresentative &&
                    ` · ${t('request.representative', { name: r.aftercare.userOrganisationRepresentative })}`}
                  {r.aftercare.sipId && (
                    <>
                      {' '}
                      ·{' '}
                      <Link to={`/sips/${encodeURIComponent(r.aftercare.sipId)}`}>
                        {t('request.sipLink')}
                      </Link>
                    </>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayWorkWithPersons(me) &&
        (open ? (
          <RequestBedForm
            personId={person.id}
            onCancel={() => setOpen(false)}
            onSent={(r) => {
              setOpen(false);
              setSent(r.bedUnitName);
            }}
          />
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setSent(null);
              setOpen(true);
            }}
          >
            {t('request.open')}
          </button>
        ))}
    </section>
  );
}
