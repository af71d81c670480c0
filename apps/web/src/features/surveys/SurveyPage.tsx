import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { SURVEY_SCALE, SURVEYS, type SurveyKind } from '@vardflata/domain';
import { api, isApiError } from '../../api';
import { Form, useFormSubmit } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { useSurveysT } from './i18n';

type Answer = '1' | '2' | '3' | '4' | '5';
interface PublicSurvey {
  kind: SurveyKind;
  unitName: string;
  questionCount: number;
}

/**
 * The client's survey behind a one-time link (F10): no sign-in, usable on a phone, every
 * question optional. Nothing on the page or in the answer names the client.
 */
export function SurveyPage({ token }: { token: string }) {
  const { t, text } = useSurveysT();
  const survey = useQuery({
    queryKey: ['public-survey', token],
    queryFn: () => api.get<PublicSurvey>(`/api/public/surveys/${encodeURIComponent(token)}`),
    retry: false,
  });
  const [answers, setAnswers] = useState<Record<number, Answer>>({});
  const [sent, setSent] = useState(false);
  const send = useMutation({
    mutationFn: (body: { answers: (number | null)[] }) =>
      api.post(`/api/public/surveys/${encodeURIComponent(token)}/answers`, body),
  });
  const count = survey.data ? SURVEYS[survey.data.kind].questions.length : 0;
  const form = useFormSubmit({
    send: () =>
      send.mutateAsync({
        answers: Array.from({ length: count }, (_, i) => (answers[i] ? Number(answers[i]) : null)),
      }),
    onSuccess: () => setSent(true),
  });

  if (survey.isPending) return <Loading />;
  if (survey.isError) {
    return (
      <>
        <PageHeading title={t('title')}>{t('title')}</PageHeading>
        {isApiError(survey.error) && survey.error.status === 404 ? (
          <p>{t('gone')}</p>
        ) : (
          <ProblemAlert error={survey.error} />
        )}
      </>
    );
  }
  const def = SURVEYS[survey.data.kind];
  if (sent) {
    return (
      <>
        <PageHeading title={text(def.name)}>{text(def.name)}</PageHeading>
        <p role="status">{t('thanks')}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading title={text(def.name)}>{text(def.name)}</PageHeading>
      <p className="lead">{t('at', { unit: survey.data.unitName })}</p>
      <p>{text(def.intro)}</p>
      <p>{t('optional')}</p>
      <Form form={form} className="form survey-form" aria-label={text(def.name)}>
        <Form.Alerts />
        {def.questions.map((q, i) => (
          <Form.Choices<Answer>
            key={i}
            type="radio"
            name={`q${i + 1}`}
            path={`answers[${i}]`}
            label={`${t('question', { number: i + 1 })}: ${text(q)}`}
            options={SURVEY_SCALE.map((s, n) => ({
              value: String(n + 1) as Answer,
              label: text(s),
            }))}
            value={answers[i] ? [answers[i]] : []}
            onChange={(v) => setAnswers((a) => ({ ...a, [i]: v[0]! }))}
          />
        ))}
        <Form.Actions submitLabel={t('send')} />
      </Form>
    </>
  );
}
