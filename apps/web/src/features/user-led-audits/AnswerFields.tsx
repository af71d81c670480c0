import type { AuditQuestion } from '@vardflata/domain';
import { Form } from '../../components/form';
import { useAuditsT } from './i18n';

/** The answers being filled in, by question index, as the form holds them (text). */
export type Draft = Record<number, string>;

/** The form's answers as the server takes them: a number, true/false, a text or null. */
export function toAnswers(questions: AuditQuestion[], draft: Draft) {
  return questions.map((q, i) => {
    const v = draft[i]?.trim() ?? '';
    if (!v) return null;
    if (q.kind === 'scale') return Number(v);
    if (q.kind === 'yes-no') return v === 'yes';
    return v;
  });
}

/** One field per question, each optional: the answer page and the team's paper interviews. */
export function AnswerFields({
  questions,
  draft,
  onChange,
  idPrefix,
}: {
  questions: AuditQuestion[];
  draft: Draft;
  onChange: (index: number, value: string) => void;
  idPrefix: string;
}) {
  const { t } = useAuditsT();
  return (
    <>
      {questions.map((q, i) => {
        const label = `${t('team.question', { number: i + 1 })}: ${q.text}`;
        const path = `answers[${i}]`;
        if (q.kind === 'free-text')
          return (
            <Form.TextArea
              key={i}
              path={path}
              label={label}
              hint={t('answer.textHint')}
              rows={3}
              limit={2000}
              value={draft[i] ?? ''}
              onChange={(e) => onChange(i, e.target.value)}
            />
          );
        const options =
          q.kind === 'scale'
            ? ['1', '2', '3', '4', '5'].map((v) => ({
                value: v,
                label: v === '1' ? t('answer.worst') : v === '5' ? t('answer.best') : v,
              }))
            : [
                { value: 'yes', label: t('answer.yes') },
                { value: 'no', label: t('answer.no') },
              ];
        return (
          <Form.Choices
            key={i}
            type="radio"
            name={`${idPrefix}-q${i + 1}`}
            path={path}
            label={label}
            hint={q.kind === 'scale' ? t('answer.scale') : undefined}
            inline
            options={options}
            value={draft[i] ? [draft[i]] : []}
            onChange={(v) => onChange(i, v[0] ?? '')}
          />
        );
      })}
    </>
  );
}
