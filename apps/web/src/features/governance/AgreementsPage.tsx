import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Agreement } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useGovernanceT } from './i18n';
import { useAgreements, useStartFollowUp } from './queries';

/** Agreements (F12): parties, validity, review date, routines with versions, follow-ups. */
export function AgreementsPage() {
  const { t } = useGovernanceT();
  const list = useAgreements();
  return (
    <>
      <PageHeading title={t('agreements.title')}>{t('agreements.title')}</PageHeading>
      {list.isPending && <Loading />}
      {list.isError && <ProblemAlert error={list.error} />}
      {list.data?.items.map((a) => (
        <AgreementCard key={a.id} agreement={a} />
      ))}
    </>
  );
}

function AgreementCard({ agreement: a }: { agreement: Agreement }) {
  const { t } = useGovernanceT();
  return (
    <section className="card" aria-labelledby={`agreement-${a.id}`}>
      <h2 id={`agreement-${a.id}`}>{a.title}</h2>
      <p className="meta">
        {t(`agreements.${a.kind}`)} ·{' '}
        {a.validUntil
          ? t('agreements.valid', {
              from: formatDate(a.validFrom),
              until: formatDate(a.validUntil),
            })
          : t('agreements.validOpen', { from: formatDate(a.validFrom) })}
      </p>
      <p>{a.summary}</p>
      <p>
        <strong>{t('agreements.parties')}:</strong> {a.parties.map((p) => p.name).join(', ')}
      </p>
      {a.reviewOn && (
        <p>
          {t('agreements.reviewOn', { date: formatDate(a.reviewOn) })}{' '}
          {a.reviewDue && <Badge tone="warn">{t('agreements.reviewDue')}</Badge>}
        </p>
      )}
      {a.routines.length > 0 && (
        <>
          <h3>{t('agreements.routines')}</h3>
          <ul>
            {a.routines.map((r) => (
              <li key={r.id}>
                <details>
                  <summary>
                    {r.title} (
                    {t('agreements.routineVersion', {
                      version: r.version,
                      date: formatDate(r.changedAt.slice(0, 10)),
                    })}
                    )
                  </summary>
                  <p>{r.body}</p>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
      {a.revisions.length > 0 && (
        <>
          <h3>{t('agreements.revisions')}</h3>
          <ul>
            {a.revisions.map((r) => (
              <li key={r.id}>
                {formatDate(r.revisedOn)}: {r.note}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('agreements.followUps')}</h3>
      <ul>
        {a.followUps.map((f) => (
          <li key={f.id}>
            <Link to={`/follow-ups/${f.id}`}>{t('agreements.followUpYear', { year: f.year })}</Link>
          </li>
        ))}
      </ul>
      {a.mayManage && <StartFollowUp agreementId={a.id} />}
    </section>
  );
}

function StartFollowUp({ agreementId }: { agreementId: string }) {
  const { t } = useGovernanceT();
  const navigate = useNavigate();
  const start = useStartFollowUp(agreementId);
  const [year, setYear] = useState('');
  const form = useFormSubmit({
    check: (): Errors => (/^\d{4}$/.test(year.trim()) ? {} : { year: t('agreements.yearInvalid') }),
    send: () => start.mutateAsync({ year: Number(year.trim()) }),
    onSuccess: (f) => navigate(`/follow-ups/${f.id}`),
  });
  return (
    <Form form={form} className="form" aria-labelledby={`start-${agreementId}`}>
      <h4 id={`start-${agreementId}`}>{t('agreements.start')}</h4>
      <Form.Alerts />
      <Form.Text
        path="year"
        label={t('agreements.year')}
        inputMode="numeric"
        required
        {...bindValue(year, setYear)}
      />
      <Form.Actions submitLabel={t('agreements.startSubmit')} />
    </Form>
  );
}
