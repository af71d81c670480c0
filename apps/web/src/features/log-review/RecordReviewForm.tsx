import { useRef, useState } from 'react';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { StatusMessage } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { focusLater } from '../../lib/focus';
import { useLogReviewT } from './i18n';
import { useRecordReview, useReviewStatus } from './queries';

type Findings = 'none' | 'follow-up';

/**
 * Under the rows just reviewed: the manager records the review (what she looked at, what she
 * found), so the recurring check is documented and the next one's date is known.
 */
export function RecordReviewForm({ kind, rows }: { kind: 'sample' | 'search'; rows: number }) {
  const { t } = useLogReviewT();
  const [findings, setFindings] = useState<Findings[]>([]);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const status = useReviewStatus();
  const record = useRecordReview(() => undefined);
  const form = useFormSubmit({
    check: (): Errors => (findings.length ? {} : { findings: t('record.findingsRequired') }),
    send: () => {
      setMessage(undefined);
      return record.mutateAsync({
        kind,
        rowsReviewed: rows,
        findings: findings[0]!,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
    },
    onSuccess: async () => {
      setFindings([]);
      setNote('');
      const next = (await status.refetch()).data?.nextDueOn;
      setMessage(t('record.saved', { date: next ? formatDate(next) : '' }));
      focusLater(heading);
    },
  });

  return (
    <Form
      form={form}
      className="card form"
      aria-labelledby="record-review-heading"
      data-testid="record-review"
    >
      <h2 id="record-review-heading" ref={heading} tabIndex={-1}>
        {t('record.heading')}
      </h2>
      <p className="section-intro">{t('record.intro', { count: rows })}</p>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.Choices
        type="radio"
        name="findings"
        path="findings"
        label={t('record.findings')}
        requiredMark
        options={[
          { value: 'none' as const, label: t('record.findingsNone') },
          { value: 'follow-up' as const, label: t('record.findingsFollowUp') },
        ]}
        value={findings}
        onChange={(value) => {
          setFindings(value);
          form.clear('findings');
        }}
      />
      <Form.TextArea
        path="note"
        label={t('record.note')}
        hint={t('record.noteHint')}
        rows={3}
        limit={2000}
        {...bindValue(note, setNote)}
      />
      <Form.Actions submitLabel={t('record.submit')} />
    </Form>
  );
}
