import { useRef, useState, type FormEvent } from 'react';
import { ChoiceGroup, TextAreaField } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
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
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const status = useReviewStatus();
  const record = useRecordReview(() => {
    setFindings([]);
    setNote('');
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(undefined);
    if (findings.length === 0) {
      setError(t('record.findingsRequired'));
      document.querySelector<HTMLElement>('input[name="findings"]')?.focus();
      return;
    }
    setError(undefined);
    record.mutate(
      {
        kind,
        rowsReviewed: rows,
        findings: findings[0]!,
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: async () => {
          const next = (await status.refetch()).data?.nextDueOn;
          setMessage(t('record.saved', { date: next ? formatDate(next) : '' }));
          focusLater(heading);
        },
      },
    );
  };

  return (
    <form
      className="card form"
      onSubmit={submit}
      noValidate
      aria-labelledby="record-review-heading"
      data-testid="record-review"
    >
      <h2 id="record-review-heading" ref={heading} tabIndex={-1}>
        {t('record.heading')}
      </h2>
      <p className="section-intro">{t('record.intro', { count: rows })}</p>
      <StatusMessage>{message}</StatusMessage>
      <ProblemAlert error={record.error} shownFields={['note']} />
      <ChoiceGroup
        type="radio"
        name="findings"
        label={t('record.findings')}
        requiredMark
        options={[
          { value: 'none' as const, label: t('record.findingsNone') },
          { value: 'follow-up' as const, label: t('record.findingsFollowUp') },
        ]}
        value={findings}
        error={error}
        onChange={setFindings}
      />
      <TextAreaField
        label={t('record.note')}
        hint={t('record.noteHint')}
        name="note"
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {t('record.submit')}
        </button>
      </div>
    </form>
  );
}
