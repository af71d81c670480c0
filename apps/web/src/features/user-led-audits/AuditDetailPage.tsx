import './audits.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { AuditorInvitation, UserLedAudit } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate, formatDateTime } from '../../lib/format';
import { STATUS_TONE } from './status';
import { useAuditsT } from './i18n';
import { useAudit, useInvite, useRespond } from './queries';
import { ReportView, ResultsView } from './ResultsView';

const personnummerMessage = (t: (k: string) => string) => ({
  message: (m: string) => (m.includes('personal identity number') ? t('personnummer') : m),
});

/** One audit as staff see it: the team, and — once published — the report and the answer. */
export function AuditDetailPage() {
  const { auditId = '' } = useParams();
  const { t } = useAuditsT();
  const audit = useAudit(auditId);
  if (audit.isPending) return <Loading />;
  if (audit.isError) return <ProblemAlert error={audit.error} />;
  const a = audit.data;
  return (
    <>
      <PageHeading title={a.title}>
        {a.title} <Badge tone={STATUS_TONE[a.status]}>{t(`status.${a.status}`)}</Badge>
      </PageHeading>
      <p>
        <Link to="/user-led-audits">{t('detail.back')}</Link>
      </p>
      <dl className="card">
        <dt>{t('detail.unit')}</dt>
        <dd>
          {a.unit.name}, {a.organisationName}
        </dd>
        <dt>{t('detail.userOrganisation')}</dt>
        <dd>{a.userOrganisation}</dd>
        <dt>{t('detail.period')}</dt>
        <dd>
          {formatDate(a.periodFrom)} – {formatDate(a.periodTo)}
        </dd>
        <dt>{t('detail.commissioned')}</dt>
        <dd>
          {a.commissionedBy}, {formatDateTime(a.commissionedAt)}
        </dd>
      </dl>
      <Team audit={a} />
      {a.results ? (
        <>
          <ReportView report={a} id="audit" />
          {a.mayRespond && <RespondForm id={a.id} />}
          <ResultsView results={a.results} id="audit" />
        </>
      ) : (
        <>
          <Questions audit={a} />
          <p className="card">{t('detail.waiting')}</p>
        </>
      )}
    </>
  );
}

function Questions({ audit }: { audit: UserLedAudit }) {
  const { t } = useAuditsT();
  return (
    <section aria-labelledby="audit-questions" className="card">
      <h2 id="audit-questions">{t('detail.questions')}</h2>
      {audit.questions.length === 0 ? (
        <p>{t('detail.noQuestions')}</p>
      ) : (
        <ol>
          {audit.questions.map((q, i) => (
            <li key={i}>
              {q.text} <span className="audit-meta">({t(`kinds.${q.kind}`)})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Team({ audit }: { audit: UserLedAudit }) {
  const { t } = useAuditsT();
  return (
    <section aria-labelledby="audit-team" className="card">
      <h2 id="audit-team">{t('detail.auditors')}</h2>
      {audit.auditors.length === 0 ? (
        <p>{t('detail.noAuditors')}</p>
      ) : (
        <ul>
          {audit.auditors.map((r) => (
            <li key={r.id}>{r.name}</li>
          ))}
        </ul>
      )}
      {audit.mayInvite && <InviteForm id={audit.id} />}
    </section>
  );
}

function InviteForm({ id }: { id: string }) {
  const { t } = useAuditsT();
  const invite = useInvite(id);
  const [name, setName] = useState('');
  const [made, setMade] = useState<AuditorInvitation>();
  const form = useFormSubmit({
    check: (): Errors => (name.trim() ? {} : { name: t('commission.required') }),
    server: personnummerMessage(t),
    send: () => {
      setMade(undefined);
      return invite.mutateAsync({ name: name.trim() });
    },
    onSuccess: (res) => {
      setName('');
      setMade(res);
    },
  });
  return (
    <Form form={form} className="form" aria-labelledby="invite-auditor">
      <h3 id="invite-auditor">{t('invite.heading')}</h3>
      <Form.Alerts />
      <Form.Text
        path="name"
        label={t('invite.name')}
        hint={t('invite.hint')}
        required
        {...bindValue(name, setName)}
      />
      <Form.Actions submitLabel={t('invite.submit')} />
      <StatusMessage>
        {made && (
          <>
            {t('invite.done', { name: made.auditor.name })}{' '}
            <span className="audit-link" data-testid="team-link">
              {window.location.origin}
              {made.path}
            </span>{' '}
            {t('invite.copyNote')}
          </>
        )}
      </StatusMessage>
    </Form>
  );
}

function RespondForm({ id }: { id: string }) {
  const { t } = useAuditsT();
  const respond = useRespond(id);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string>();
  const form = useFormSubmit({
    check: (): Errors => (text.trim() ? {} : { plannedActions: t('commission.required') }),
    server: personnummerMessage(t),
    send: () => respond.mutateAsync({ plannedActions: text.trim() }),
    onSuccess: () => {
      setText('');
      setMessage(t('respond.done'));
    },
  });
  return (
    <Form form={form} className="card form" aria-labelledby="respond-audit">
      <h2 id="respond-audit">{t('respond.heading')}</h2>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.TextArea
        path="plannedActions"
        label={t('respond.label')}
        hint={t('respond.hint')}
        rows={5}
        limit={4000}
        required
        {...bindValue(text, setText)}
      />
      <Form.Actions submitLabel={t('respond.submit')} />
    </Form>
  );
}
