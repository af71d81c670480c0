import { useState } from 'react';
import { useParams } from 'react-router-dom';
import type { FollowUp } from '@vardflata/contracts';
import { ASSESSMENTS, type Assessment } from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { LoadedPage } from '../../components/LoadedPage';
import { PageHeading } from '../../components/PageHeading';
import { StatusMessage } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { CoverageMatrix } from './CoverageMatrix';
import { useGovernanceT } from './i18n';
import { useAddAction, useAssess, useFollowUp, useFollowUpAction } from './queries';
import { OneTextForm, useGovernanceServerErrors } from './shared';

type Statement = FollowUp['areas'][number]['statements'][number];
type Action = FollowUp['actions'][number];

/** The annual follow-up (F14): the checklist assessed, the year's deviations beside it, the
 * action plan followed up, the year's report as PDF. */
export function FollowUpPage() {
  const { t } = useGovernanceT();
  const { followUpId = '' } = useParams();
  const query = useFollowUp(followUpId);
  return (
    <LoadedPage
      query={query}
      title={t('followUp.title', { year: '' })}
      notFound={{ title: t('followUp.title', { year: '' }), body: t('disputes.none') }}
    >
      {(f) => (
        <>
          <PageHeading title={t('followUp.title', { year: f.year })}>
            {t('followUp.title', { year: f.year })}
          </PageHeading>
          <p className="meta">{f.agreementTitle}</p>
          <p>
            <a href={`/api/follow-ups/${f.id}/report.pdf`}>{t('followUp.report')}</a>
          </p>
          {f.areas.map((area) => (
            <section key={area.code} className="card" aria-labelledby={`area-${area.code}`}>
              <h2 id={`area-${area.code}`}>{area.title}</h2>
              <ol className="governance-list">
                {area.statements.map((s) => (
                  <StatementItem key={s.id} followUpId={f.id} statement={s} mayEdit={f.mayEdit} />
                ))}
              </ol>
              {area.code === 'quality' && f.competence.length > 0 && (
                <>
                  <h3>{t('followUp.competence')}</h3>
                  <CoverageMatrix rows={f.competence} />
                </>
              )}
            </section>
          ))}
          <Deviations followUp={f} />
          <Plan followUp={f} />
        </>
      )}
    </LoadedPage>
  );
}

function StatementItem({
  followUpId,
  statement: s,
  mayEdit,
}: {
  followUpId: string;
  statement: Statement;
  mayEdit: boolean;
}) {
  const { t } = useGovernanceT();
  const assess = useAssess(followUpId, s.id);
  const [choice, setChoice] = useState<Assessment[]>(s.assessment ? [s.assessment] : []);
  const [comment, setComment] = useState(s.comment);
  const [message, setMessage] = useState<string>();
  const server = useGovernanceServerErrors();
  const form = useFormSubmit({
    check: (): Errors => (choice.length ? {} : { assessment: t('followUp.chooseAssessment') }),
    server,
    send: () => {
      setMessage(undefined);
      return assess.mutateAsync({
        assessment: choice[0]!,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
    },
    onSuccess: () => setMessage(t('followUp.saved')),
  });
  return (
    <li className="governance-item">
      <p id={`statement-${s.id}`}>{s.text}</p>
      {!mayEdit && (
        <p>
          <strong>
            {s.assessment ? t(`assessments.${s.assessment}`) : t('followUp.notAssessed')}
          </strong>
          {s.comment && ` – ${s.comment}`}
        </p>
      )}
      {mayEdit && (
        <Form form={form} className="form governance-inline" aria-labelledby={`statement-${s.id}`}>
          <StatusMessage>{message}</StatusMessage>
          <Form.Alerts />
          <Form.Choices
            type="radio"
            name={`assessment-${s.id}`}
            path="assessment"
            label={t('followUp.assessment')}
            options={ASSESSMENTS.map((a) => ({ value: a, label: t(`assessments.${a}`) }))}
            value={choice}
            onChange={(v) => {
              setChoice(v);
              form.clear('assessment');
            }}
          />
          <Form.TextArea
            path="comment"
            label={t('followUp.comment')}
            rows={2}
            limit={2000}
            {...bindValue(comment, setComment)}
          />
          <Form.Actions submitLabel={t('followUp.saveAssessment')} />
        </Form>
      )}
    </li>
  );
}

function Deviations({ followUp: f }: { followUp: FollowUp }) {
  const { t } = useGovernanceT();
  return (
    <section className="card" aria-labelledby="year-deviations">
      <h2 id="year-deviations">{t('followUp.deviations')}</h2>
      <table>
        <caption className="visually-hidden">{t('followUp.deviations')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('followUp.category')}</th>
            <th scope="col">{t('followUp.reportedCount')}</th>
            <th scope="col">{t('followUp.closedCount')}</th>
          </tr>
        </thead>
        <tbody>
          {f.deviations.categories.map((c) => (
            <tr key={c.category}>
              <th scope="row">{t(`categories.${c.category}`)}</th>
              <td>{c.reported}</td>
              <td>{c.closed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('followUp.deviationsTotal', { count: f.deviations.total })}</p>
    </section>
  );
}

function Plan({ followUp: f }: { followUp: FollowUp }) {
  const { t } = useGovernanceT();
  return (
    <section className="card" aria-labelledby="action-plan">
      <h2 id="action-plan">{t('followUp.plan')}</h2>
      {f.actions.length === 0 && <p>{t('followUp.noActions')}</p>}
      <ul className="governance-list">
        {f.actions.map((a) => (
          <ActionItem key={a.id} followUp={f} action={a} />
        ))}
      </ul>
      {f.mayEdit && <AddAction followUpId={f.id} />}
    </section>
  );
}

function ActionItem({ followUp: f, action: a }: { followUp: FollowUp; action: Action }) {
  const { t } = useGovernanceT();
  const follow = useFollowUpAction(f.id, a.id);
  return (
    <li className="governance-item">
      <h3>
        {t(`followUp.${a.level}`)}: {a.text}
      </h3>
      <p>
        {t('followUp.owner')}: {a.owner} · {t('followUp.deadline')} {formatDate(a.deadline)} ·{' '}
        {t(`followUp.${a.status}`)}
        {a.followUpNote && ` – ${a.followUpNote}`}
      </p>
      {f.mayEdit && a.status === 'open' && (
        <OneTextForm
          id={`follow-${a.id}`}
          heading={t('followUp.statusLabel')}
          label={t('followUp.note')}
          submitLabel={t('followUp.followSubmit')}
          path="note"
          send={(note) => follow.mutateAsync({ status: 'done', note })}
        />
      )}
    </li>
  );
}

function AddAction({ followUpId }: { followUpId: string }) {
  const { t } = useGovernanceT();
  const add = useAddAction(followUpId);
  const server = useGovernanceServerErrors();
  const [level, setLevel] = useState<('local' | 'county')[]>([]);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [deadline, setDeadline] = useState('');
  const form = useFormSubmit({
    check: (): Errors => ({
      ...(level.length ? {} : { level: t('followUp.required') }),
      ...(text.trim() ? {} : { text: t('followUp.required') }),
      ...(owner.trim() ? {} : { owner: t('followUp.required') }),
    }),
    server,
    send: () =>
      add.mutateAsync({ level: level[0]!, text: text.trim(), owner: owner.trim(), deadline }),
    onSuccess: () => {
      setText('');
      setOwner('');
      setDeadline('');
      setLevel([]);
    },
  });
  return (
    <Form form={form} className="form" aria-labelledby="add-action">
      <h3 id="add-action">{t('followUp.addAction')}</h3>
      <Form.Alerts />
      <Form.Choices
        type="radio"
        name="level"
        path="level"
        label={t('followUp.level')}
        requiredMark
        options={(['local', 'county'] as const).map((l) => ({
          value: l,
          label: t(`followUp.${l}`),
        }))}
        value={level}
        onChange={(v) => {
          setLevel(v);
          form.clear('level');
        }}
      />
      <Form.TextArea
        path="text"
        label={t('followUp.actionText')}
        rows={2}
        limit={2000}
        required
        {...bindValue(text, setText)}
      />
      <Form.Text
        path="owner"
        label={t('followUp.owner')}
        required
        {...bindValue(owner, setOwner)}
      />
      <Form.Date
        path="deadline"
        label={t('followUp.deadline')}
        required
        value={deadline}
        onChange={(e) => setDeadline(e.target.value)}
      />
      <Form.Actions submitLabel={t('followUp.addSubmit')} />
    </Form>
  );
}
