import { useState } from 'react';
import type { Dispute } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors, NamedOptions } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useOrganisations } from '../../lib/organisations';
import { useMe } from '../auth/session';
import { useGovernanceT } from './i18n';
import { useDisputes, useEscalateDispute, useRaiseDispute, useResolveDispute } from './queries';
import { OneTextForm, useGovernanceServerErrors } from './shared';

/** The dispute ladder (F13): raise, climb, resolve; each step's owners and due date shown. */
export function DisputesPage() {
  const { t } = useGovernanceT();
  const list = useDisputes();
  const me = useMe();
  // Unit managers raise disputes; so do steering-group members (the server decides; the demo's
  // steering group is played by the analyst).
  const mayRaise = me.roles.includes('unit-manager') || me.roles.includes('analyst');
  return (
    <>
      <PageHeading title={t('disputes.title')}>{t('disputes.title')}</PageHeading>
      <p className="section-intro">{t('disputes.intro')}</p>
      {mayRaise && <RaiseForm />}
      <section aria-labelledby="disputes-list" className="card">
        <h2 id="disputes-list">{t('disputes.list')}</h2>
        {list.isPending && <Loading />}
        {list.isError && <ProblemAlert error={list.error} />}
        {list.data?.items.length === 0 && <p>{t('disputes.none')}</p>}
        <ul className="governance-list">
          {list.data?.items.map((d) => (
            <DisputeItem key={d.id} dispute={d} />
          ))}
        </ul>
      </section>
    </>
  );
}

function RaiseForm() {
  const { t } = useGovernanceT();
  const organisations = useOrganisations();
  const raise = useRaiseDispute();
  const server = useGovernanceServerErrors();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [other, setOther] = useState('');
  const [message, setMessage] = useState<string>();
  const form = useFormSubmit({
    check: (): Errors => ({
      ...(title.trim() ? {} : { title: t('deviations.required') }),
      ...(description.trim() ? {} : { description: t('deviations.required') }),
      ...(other ? {} : { otherOrganisationId: t('deviations.chooseOrganisation') }),
    }),
    server,
    send: () => {
      setMessage(undefined);
      return raise.mutateAsync({
        title: title.trim(),
        description: description.trim(),
        otherOrganisationId: other,
      });
    },
    onSuccess: () => {
      setTitle('');
      setDescription('');
      setOther('');
      setMessage(t('disputes.raised'));
    },
  });
  return (
    <Form form={form} className="card form" aria-labelledby="raise-dispute">
      <h2 id="raise-dispute">{t('disputes.raise')}</h2>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.Text
        path="title"
        label={t('disputes.titleLabel')}
        required
        {...bindValue(title, setTitle)}
      />
      <Form.Select
        path="otherOrganisationId"
        label={t('disputes.other')}
        required
        value={other}
        onChange={(e) => setOther(e.target.value)}
      >
        <NamedOptions choose={t('common.choose')} items={organisations.data} />
      </Form.Select>
      <Form.TextArea
        path="description"
        label={t('disputes.description')}
        hint={t('deviations.descriptionHint')}
        rows={4}
        limit={4000}
        required
        {...bindValue(description, setDescription)}
      />
      <Form.Actions submitLabel={t('disputes.submit')} />
    </Form>
  );
}

function DisputeItem({ dispute: d }: { dispute: Dispute }) {
  const { t } = useGovernanceT();
  const escalate = useEscalateDispute(d.id);
  const resolve = useResolveDispute(d.id);
  const [message, setMessage] = useState<string>();
  const current = d.steps.find((s) => s.endedAt === null);
  return (
    <li className="governance-item" aria-labelledby={`dispute-${d.id}`}>
      <h3 id={`dispute-${d.id}`}>
        {d.title}{' '}
        <Badge tone={d.status === 'resolved' ? 'ok' : 'warn'}>
          {t(`disputeStatus.${d.status}`)}
        </Badge>
      </h3>
      <p className="meta">
        {t('disputes.between', {
          a: d.raisedByOrganisation?.name ?? d.raisedBy,
          b: d.otherOrganisation.name,
        })}
      </p>
      <p>{d.description}</p>
      {d.personLinked && !d.person && <p className="meta">{t('disputes.personLinked')}</p>}
      <ol className="dispute-ladder">
        {d.steps.map((s) => (
          <li key={s.level} aria-current={s.endedAt === null ? 'step' : undefined}>
            {t('disputes.step', {
              level: t(`levels.${s.code}`),
              owner: s.owner,
              due: formatDate(s.dueOn),
            })}{' '}
            {s.overdue && <Badge tone="danger">{t('disputes.overdue')}</Badge>}
          </li>
        ))}
      </ol>
      {d.decision && <p>{t('disputes.decided', { decision: d.decision })}</p>}
      <StatusMessage>{message}</StatusMessage>
      {escalate.isError && <ProblemAlert error={escalate.error} />}
      {d.mayEscalate && current && (
        <p>
          <button
            type="button"
            className="button-secondary"
            disabled={escalate.isPending}
            onClick={() =>
              escalate.mutate(undefined, {
                onSuccess: (after) => {
                  const top = after.steps.at(-1)!;
                  setMessage(t('disputes.escalated', { level: t(`levels.${top.code}`) }));
                },
              })
            }
          >
            {t('disputes.escalate')}
          </button>
        </p>
      )}
      {d.mayResolve && (
        <OneTextForm
          id={`resolve-${d.id}`}
          heading={t('disputes.resolve')}
          label={t('disputes.decision')}
          submitLabel={t('disputes.resolveSubmit')}
          path="decision"
          send={(text) => resolve.mutateAsync({ decision: text })}
        />
      )}
    </li>
  );
}
