import { useId, useState } from 'react';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { useCareT } from './i18n';
import { useAnswerReferral } from './queries';

/** The receiving unit's answer to a referral (F6). */
export function AnswerReferralForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useCareT();
  const answer = useAnswerReferral(id);
  const headingId = useId();
  const [text, setText] = useState('');
  const form = useFormSubmit({
    check: (): Errors => (text.trim() ? {} : { answer: t('referrals.errors.answer') }),
    send: () => answer.mutateAsync({ answer: text.trim() }),
    onSuccess: onDone,
  });
  return (
    <Form form={form} className="form" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('referrals.answerHeading')}</h3>
      <Form.Alerts />
      <Form.TextArea
        path="answer"
        label={t('referrals.fields.answer')}
        required
        limit={4000}
        {...bindValue(text, setText)}
      />
      <Form.Actions submitLabel={t('referrals.answerSubmit')} />
    </Form>
  );
}
