import { useState } from 'react';
import type { AuditTeamView } from '@vardflata/contracts';
import { AUDIT_QUESTION_KINDS, type AuditQuestion } from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { QrCode } from '../../components/QrCode';
import { StatusMessage } from '../../components/Status';
import { AnswerFields, toAnswers, type Draft } from './AnswerFields';
import { useAuditsT } from './i18n';
import { useMakeLinks, useMove, usePaperAnswer, useSaveQuestions, useSaveReport } from './queries';

interface StepProps {
  token: string;
  view: AuditTeamView;
}

/** The server's words for a personnummer in a text, and the kit's for the rest. */
function useServerWords() {
  const { t } = useAuditsT();
  return {
    message: (m: string) => (m.includes('personal identity number') ? t('personnummer') : m),
  };
}

/** One button that takes the audit a step on (open, close, publish). */
function StepForm({
  token,
  step,
  heading,
  intro,
  submitLabel,
  missing,
}: {
  token: string;
  step: 'open' | 'close' | 'publish';
  heading: string;
  intro: string;
  submitLabel: string;
  /** Said instead of sending, when the step cannot be taken yet. */
  missing?: string | undefined;
}) {
  const move = useMove(token, step);
  const form = useFormSubmit({ send: () => move.mutateAsync({}) });
  if (missing)
    return (
      <section className="card" aria-labelledby={`step-${step}`}>
        <h2 id={`step-${step}`}>{heading}</h2>
        <p>{intro}</p>
        <p>{missing}</p>
      </section>
    );
  return (
    <Form form={form} className="card form" aria-labelledby={`step-${step}`}>
      <h2 id={`step-${step}`}>{heading}</h2>
      <p>{intro}</p>
      <Form.Alerts />
      <Form.Actions submitLabel={submitLabel} />
    </Form>
  );
}

/** While a draft: the team writes its questions, then opens collection. */
export function QuestionsEditor({ token, view }: StepProps) {
  const { t } = useAuditsT();
  const save = useSaveQuestions(token);
  const server = useServerWords();
  const [questions, setQuestions] = useState<AuditQuestion[]>(
    view.questions.length ? view.questions : [{ kind: 'scale', text: '' }],
  );
  const [message, setMessage] = useState<string>();
  const change = (i: number, q: Partial<AuditQuestion>) =>
    setQuestions((all) => all.map((x, n) => (n === i ? { ...x, ...q } : x)));
  const form = useFormSubmit({
    check: (): Errors =>
      Object.fromEntries(
        questions.flatMap((q, i) =>
          q.text.trim() ? [] : [[`questions[${i}].text`, t('commission.required')]],
        ),
      ),
    server,
    send: () => {
      setMessage(undefined);
      return save.mutateAsync({
        questions: questions.map((q) => ({ kind: q.kind, text: q.text.trim() })),
      });
    },
    onSuccess: () => setMessage(t('team.saved')),
  });
  return (
    <>
      <Form form={form} className="card form" aria-labelledby="team-questions">
        <h2 id="team-questions">{t('team.questionsHeading')}</h2>
        <p>{t('team.questionsIntro')}</p>
        <StatusMessage>{message}</StatusMessage>
        <Form.Alerts />
        {questions.map((q, i) => (
          <Form.Fieldset
            key={i}
            path={`questions[${i}]`}
            label={t('team.question', { number: i + 1 })}
            className="question-row"
            group
          >
            <Form.Select
              path={`questions[${i}].kind`}
              label={t('team.kind')}
              value={q.kind}
              onChange={(e) => change(i, { kind: e.target.value as AuditQuestion['kind'] })}
            >
              {AUDIT_QUESTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </Form.Select>
            <Form.TextArea
              path={`questions[${i}].text`}
              label={t('team.text')}
              rows={2}
              limit={500}
              required
              value={q.text}
              onChange={(e) => change(i, { text: e.target.value })}
            />
            {questions.length > 1 && (
              <button
                type="button"
                className="button button-small"
                onClick={() => setQuestions((all) => all.filter((_, n) => n !== i))}
              >
                {t('team.remove', { number: i + 1 })}
              </button>
            )}
          </Form.Fieldset>
        ))}
        <p>
          <button
            type="button"
            className="button button-small"
            onClick={() => setQuestions((all) => [...all, { kind: 'scale', text: '' }])}
          >
            {t('team.add')}
          </button>
        </p>
        <Form.Actions submitLabel={t('team.save')} />
      </Form>
      <StepForm
        token={token}
        step="open"
        heading={t('team.open')}
        intro={t('team.openIntro')}
        submitLabel={t('team.open')}
        missing={view.questions.length === 0 ? t('team.noQuestions') : undefined}
      />
    </>
  );
}

/** While collecting: answer links, answers from paper interviews, and closing. */
export function CollectSteps({ token, view }: StepProps) {
  const { t } = useAuditsT();
  return (
    <>
      <p role="status" className="card">
        {t('team.received', { count: view.received ?? 0 })}
      </p>
      <LinksForm token={token} />
      <PaperForm token={token} view={view} />
      <StepForm
        token={token}
        step="close"
        heading={t('team.close')}
        intro={t('team.closeIntro')}
        submitLabel={t('team.close')}
      />
    </>
  );
}

function LinksForm({ token }: { token: string }) {
  const { t } = useAuditsT();
  const make = useMakeLinks(token);
  const [count, setCount] = useState('5');
  const [links, setLinks] = useState<string[]>([]);
  const form = useFormSubmit({
    check: (): Errors => {
      const n = Number(count);
      return Number.isInteger(n) && n >= 1 && n <= 50 ? {} : { count: t('team.countRule') };
    },
    send: () => make.mutateAsync({ count: Number(count) }),
    onSuccess: (res) => setLinks(res.links.map((l) => `${window.location.origin}${l.path}`)),
  });
  return (
    <Form form={form} className="card form" aria-labelledby="team-links">
      <h2 id="team-links">{t('team.linksHeading')}</h2>
      <p>{t('team.linksIntro')}</p>
      <Form.Alerts />
      <Form.Text
        path="count"
        label={t('team.linkCount')}
        inputMode="numeric"
        className="field-small"
        {...bindValue(count, setCount)}
      />
      <Form.Actions submitLabel={t('team.makeLinks')} />
      {links.length > 0 && (
        <>
          <p role="status">{t('team.linksMade')}</p>
          <ul data-testid="answer-links" className="answer-links">
            {links.map((l, i) => (
              <li key={l}>
                <span className="audit-link">{l}</span>
                <QrCode link={l} label={t('team.linkQr', { number: i + 1 })} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Form>
  );
}

function PaperForm({ token, view }: StepProps) {
  const { t } = useAuditsT();
  const paper = usePaperAnswer(token);
  const server = useServerWords();
  const [draft, setDraft] = useState<Draft>({});
  const [message, setMessage] = useState<string>();
  const form = useFormSubmit({
    server,
    send: () => {
      setMessage(undefined);
      return paper.mutateAsync({ answers: toAnswers(view.questions, draft) });
    },
    onSuccess: () => {
      setDraft({});
      setMessage(t('team.paperSaved'));
    },
  });
  return (
    <Form form={form} className="card form" aria-labelledby="team-paper">
      <h2 id="team-paper">{t('team.paperHeading')}</h2>
      <p>{t('team.paperIntro')}</p>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <AnswerFields
        questions={view.questions}
        draft={draft}
        idPrefix="paper"
        onChange={(i, v) => setDraft((d) => ({ ...d, [i]: v }))}
      />
      <Form.Actions submitLabel={t('team.paperSubmit')} />
    </Form>
  );
}

/** While compiling: the report, then publishing it to the unit. */
export function ReportSteps({ token, view }: StepProps) {
  const { t } = useAuditsT();
  const save = useSaveReport(token);
  const server = useServerWords();
  const [findings, setFindings] = useState(view.findings ?? '');
  const [recommendations, setRecommendations] = useState(view.recommendations ?? '');
  const [message, setMessage] = useState<string>();
  const required = t('commission.required');
  const form = useFormSubmit({
    check: (): Errors => ({
      ...(findings.trim() ? {} : { findings: required }),
      ...(recommendations.trim() ? {} : { recommendations: required }),
    }),
    server,
    send: () => {
      setMessage(undefined);
      return save.mutateAsync({
        findings: findings.trim(),
        recommendations: recommendations.trim(),
      });
    },
    onSuccess: () => setMessage(t('team.reportSaved')),
  });
  return (
    <>
      <Form form={form} className="card form" aria-labelledby="team-report">
        <h2 id="team-report">{t('team.reportHeading')}</h2>
        <StatusMessage>{message}</StatusMessage>
        <Form.Alerts />
        <Form.TextArea
          path="findings"
          label={t('report.findings')}
          rows={6}
          limit={8000}
          required
          {...bindValue(findings, setFindings)}
        />
        <Form.TextArea
          path="recommendations"
          label={t('report.recommendations')}
          rows={6}
          limit={8000}
          required
          {...bindValue(recommendations, setRecommendations)}
        />
        <Form.Actions submitLabel={t('team.saveReport')} />
      </Form>
      <StepForm
        token={token}
        step="publish"
        heading={t('team.publish')}
        intro={t('team.publishIntro')}
        submitLabel={t('team.publish')}
        missing={!view.findings || !view.recommendations ? t('team.reportMissing') : undefined}
      />
    </>
  );
}
