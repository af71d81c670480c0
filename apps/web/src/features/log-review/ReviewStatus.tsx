import { Link } from 'react-router-dom';
import type { LogReview } from '@vardflata/contracts';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useLogReviewT } from './i18n';
import { useReviewStatus } from './queries';
import './log-review.css';

/** "random sample, 20 rows – nothing to note": what a recorded review covered and found. */
export function useReviewSummary() {
  const { t } = useLogReviewT();
  return (review: LogReview) =>
    `${t(review.kind === 'sample' ? 'status.whatSample' : 'status.whatSearch', {
      count: review.rowsReviewed,
    })}, ${t(review.findings === 'none' ? 'status.findingsNone' : 'status.findingsFollowUp')}`;
}

/**
 * When the organisation last reviewed its log and when the next review is due; shown on the
 * log review page and on the unit manager's start page.
 */
export function ReviewStatus({
  organisation,
  headingLevel = 2,
  linkToReview = false,
}: {
  organisation: string;
  headingLevel?: 2 | 3;
  /** On the start page: a way to the log review page. */
  linkToReview?: boolean;
}) {
  const { t } = useLogReviewT();
  const status = useReviewStatus();
  const summary = useReviewSummary();
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      className={`card${status.data?.due ? ' card-attention' : ''}`}
      aria-labelledby="review-status-heading"
      data-testid="review-status"
    >
      <Heading id="review-status-heading">
        {t('status.heading')}
        {status.data?.due && (
          <>
            {' '}
            <Badge tone="warn">{t('status.due')}</Badge>
          </>
        )}
      </Heading>
      {status.isPending && <Loading />}
      <ProblemAlert error={status.error} />
      {status.data && (
        <>
          {status.data.last ? (
            <p>
              {t('status.last', {
                date: formatDate(status.data.last.at),
                name: status.data.last.byName,
                what: summary(status.data.last),
              })}
            </p>
          ) : (
            <p>{t('status.none', { organisation })}</p>
          )}
          {status.data.nextDueOn && !status.data.due && (
            <p>{t('status.next', { date: formatDate(status.data.nextDueOn) })}</p>
          )}
          {status.data.due && <p>{t('status.dueText', { days: status.data.intervalDays })}</p>}
        </>
      )}
      {linkToReview && (
        <p>
          <Link to="/log-review">{t('status.go')}</Link>
        </p>
      )}
    </section>
  );
}
