import './audits.css';
import { useState } from 'react';
import { isApiError } from '../../api';
import { Form, useFormSubmit } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { AnswerFields, toAnswers, type Draft } from './AnswerFields';
import { useAuditsT } from './i18n';
import { usePublicAudit, useSendAnswer } from './queries';

/**
 * The answer page behind a one-time link (no sign-in, made for a phone): the team's questions,
 * every one optional. Nothing on the page or in the answer names the one who answers.
 */
export function AnswerPage({ token }: { token: string }) {
  const { t } = useAuditsT();
  const audit = usePublicAudit(token);
  const send = useSendAnswer(token);
  const [draft, setDraft] = useState<Draft>({});
  const [sent, setSent] = useState(false);
  const form = useFormSubmit({
    server: {
      message: (m: string) => (m.includes('personal identity number') ? t('personnummer') : m),
    },
    send: () => send.mutateAsync({ answers: toAnswers(audit.data?.questions ?? [], draft) }),
    onSuccess: () => setSent(true),
  });
  const heading = <PageHeading title={t('answer.title')}>{t('answer.title')}</PageHeading>;
  if (audit.isPending) return <Loading />;
  if (audit.isError)
    return (
      <>
        {heading}
        {isApiError(audit.error) && audit.error.status === 404 ? (
          <p>{t('answer.gone')}</p>
        ) : (
          <ProblemAlert error={audit.error} />
        )}
      </>
    );
  if (sent)
    return (
      <>
        {heading}
        <p role="status">{t('answer.thanks')}</p>
      </>
    );
  const a = audit.data;
  return (
    <>
      {heading}
      <p className="lead">
        {t('answer.about', { unit: a.unitName, organisation: a.userOrganisation })}
      </p>
      <p>{t('answer.intro')}</p>
      <Form form={form} className="form" aria-label={a.title}>
        <Form.Alerts />
        <AnswerFields
          questions={a.questions}
          draft={draft}
          idPrefix="answer"
          onChange={(i, v) => setDraft((d) => ({ ...d, [i]: v }))}
        />
        <Form.Actions submitLabel={t('answer.send')} />
      </Form>
    </>
  );
}
