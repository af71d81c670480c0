import './audits.css';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { bindValue, Form, NamedOptions, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useOrganisations } from '../../lib/organisations';
import { hasRole } from '../../lib/roles';
import { useMe } from '../auth/session';
import { useAuditsT } from './i18n';
import { STATUS_TONE } from './status';
import { useAudits, useCommission } from './queries';

/** Those who commission audits: coordinators, unit managers, and analysts in the steering group
 * (the server decides on the organisation and the steering group). */
const COMMISSIONERS = ['coordinator', 'unit-manager', 'analyst'] as const;

/** User-led audits: the list of the organisation's audits, and commissioning a new one. */
export function AuditsPage() {
  const { t } = useAuditsT();
  const me = useMe();
  const list = useAudits();
  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p className="section-intro">{t('intro')}</p>
      {hasRole(me, COMMISSIONERS) && <CommissionForm />}
      <section aria-labelledby="audits-list" className="card">
        <h2 id="audits-list">{t('list')}</h2>
        {list.isPending && <Loading />}
        {list.isError && <ProblemAlert error={list.error} />}
        {list.data?.items.length === 0 && <p>{t('none')}</p>}
        <ul className="audit-list">
          {list.data?.items.map((a) => (
            <li key={a.id}>
              <Link to={`/user-led-audits/${a.id}`}>{a.title}</Link>{' '}
              <Badge tone={STATUS_TONE[a.status]}>{t(`status.${a.status}`)}</Badge>
              <br />
              <span className="audit-meta">
                {a.unit.name}, {a.organisationName} ·{' '}
                {t('period', { from: formatDate(a.periodFrom), to: formatDate(a.periodTo) })}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function CommissionForm() {
  const { t } = useAuditsT();
  const organisations = useOrganisations();
  const commission = useCommission();
  const [title, setTitle] = useState('');
  const [unitId, setUnitId] = useState('');
  const [periodFrom, setPeriodFrom] = useState('');
  const [periodTo, setPeriodTo] = useState('');
  const [userOrganisation, setUserOrganisation] = useState('');
  const [message, setMessage] = useState<string>();
  const units = (organisations.data ?? []).flatMap((o) =>
    o.units.map((u) => ({ id: u.id, name: `${u.name} (${o.name})` })),
  );
  const required = t('commission.required');
  const form = useFormSubmit({
    check: (): Errors => ({
      ...(title.trim() ? {} : { title: required }),
      ...(unitId ? {} : { unitId: t('commission.chooseUnit') }),
      ...(userOrganisation.trim() ? {} : { userOrganisation: required }),
      ...(periodFrom && periodTo && periodTo < periodFrom
        ? { periodTo: t('commission.toBeforeFrom') }
        : {}),
    }),
    server: {
      message: (m: string) => (m.includes('personal identity number') ? t('personnummer') : m),
    },
    send: () => {
      setMessage(undefined);
      return commission.mutateAsync({
        title: title.trim(),
        unitId,
        periodFrom,
        periodTo,
        userOrganisation: userOrganisation.trim(),
      });
    },
    onSuccess: () => {
      setTitle('');
      setUnitId('');
      setPeriodFrom('');
      setPeriodTo('');
      setUserOrganisation('');
      setMessage(t('commission.done'));
    },
  });
  return (
    <Form form={form} className="card form" aria-labelledby="commission-audit">
      <h2 id="commission-audit">{t('commission.heading')}</h2>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.Text
        path="title"
        label={t('commission.titleLabel')}
        required
        {...bindValue(title, setTitle)}
      />
      <Form.Select
        path="unitId"
        label={t('commission.unit')}
        required
        value={unitId}
        onChange={(e) => setUnitId(e.target.value)}
      >
        <NamedOptions choose={t('common.choose')} items={units} />
      </Form.Select>
      <Form.Date
        path="periodFrom"
        label={t('commission.periodFrom')}
        required
        className="field-medium"
        {...bindValue(periodFrom, setPeriodFrom)}
      />
      <Form.Date
        path="periodTo"
        label={t('commission.periodTo')}
        required
        className="field-medium"
        {...bindValue(periodTo, setPeriodTo)}
      />
      <Form.Text
        path="userOrganisation"
        label={t('commission.userOrganisation')}
        hint={t('commission.userOrganisationHint')}
        required
        {...bindValue(userOrganisation, setUserOrganisation)}
      />
      <Form.Actions submitLabel={t('commission.submit')} />
    </Form>
  );
}
