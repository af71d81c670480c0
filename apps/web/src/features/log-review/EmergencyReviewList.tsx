import { useId, useRef, useState } from 'react';
import { focusLater } from '../../lib/focus';
import { useTranslation } from 'react-i18next';
import { bindValue, Form, useFormSubmit } from '../../components/form';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading, StatusMessage } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import type { EmergencyAccess } from '../../lib/types';
import {
  useReviewEmergencyAccess,
  useUnreviewedEmergencyAccess,
} from '../emergency-access/queries';

/** Emergency accesses the manager is to review (her unit's, and those to records her
 * organisation holds), each with why she reviews it and a review action. */
export function EmergencyReviewList({ onShowLog }: { onShowLog: (personId: string) => void }) {
  const { t } = useTranslation();
  const list = useUnreviewedEmergencyAccess();
  const [message, setMessage] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <section className="card" aria-labelledby="emergency-review-heading">
      <h2 id="emergency-review-heading" ref={heading} tabIndex={-1}>
        {t('emergencyReview.heading')}
      </h2>
      <p className="section-intro">{t('emergencyReview.intro')}</p>
      <StatusMessage>{message}</StatusMessage>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {list.data && list.data.length === 0 && <p>{t('emergencyReview.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="review-list">
          {list.data.map((access) => (
            <ReviewItem
              key={access.id}
              access={access}
              onShowLog={onShowLog}
              onReviewed={() => {
                setMessage(t('emergencyReview.reviewed', { name: access.staffName }));
                focusLater(heading);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewItem({
  access,
  onShowLog,
  onReviewed,
}: {
  access: EmergencyAccess;
  onShowLog: (personId: string) => void;
  onReviewed: () => void;
}) {
  const { t } = useTranslation();
  const review = useReviewEmergencyAccess(onReviewed);
  const [note, setNote] = useState('');
  const headingId = useId();
  const [shownAt] = useState(() => Date.now());
  const active = new Date(access.expiresAt).getTime() > shownAt;

  const form = useFormSubmit({
    send: () =>
      review.mutateAsync({ id: access.id, ...(note.trim() ? { note: note.trim() } : {}) }),
  });

  return (
    <li className="review-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('emergencyReview.itemHeading', {
          name: access.staffName,
          at: formatDateTime(access.startedAt),
        })}
      </h3>
      <dl className="facts facts-grid">
        <div>
          <dt>{t('emergencyReview.period')}</dt>
          <dd>
            {formatDateTime(access.startedAt)} – {formatDateTime(access.expiresAt)}
            {active && ` (${t('emergencyReview.active')})`}
          </dd>
        </div>
        {access.reviewAs && (
          <div className="span-all">
            <dt>{t('emergencyReview.why')}</dt>
            <dd>{t(`emergencyReview.as.${access.reviewAs.side}-${access.reviewAs.basis}`)}</dd>
          </div>
        )}
        <div className="span-all">
          <dt>{t('emergencyReview.reason')}</dt>
          <dd className="quote">{access.reason}</dd>
        </div>
      </dl>
      <p>
        <button
          type="button"
          className="button button-link"
          onClick={() => onShowLog(access.personId)}
        >
          {t('emergencyReview.showLog')}
        </button>
      </p>
      <Form form={form} className="form review-form" aria-labelledby={headingId}>
        <Form.Alerts />
        <Form.TextArea
          path="note"
          label={t('emergencyReview.note')}
          hint={t('emergencyReview.noteHint')}
          rows={2}
          limit={2000}
          {...bindValue(note, setNote)}
        />
        <Form.Actions
          submitLabel={t('emergencyReview.markReviewed')}
          submitContext={`${access.staffName}, ${formatDateTime(access.startedAt)}`}
        />
      </Form>
    </li>
  );
}
