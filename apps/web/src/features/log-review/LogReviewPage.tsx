import { useState } from 'react';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading, StatusMessage } from '../../components/Status';
import { useMe } from '../auth/session';
import { EmergencyReviewList } from './EmergencyReviewList';
import { useLogReviewT } from './i18n';
import { LogFilters } from './LogFilters';
import { LogTable } from './LogTable';
import { useAccessLog } from './queries';
import { RecordReviewForm } from './RecordReviewForm';
import { ReviewStatus } from './ReviewStatus';
import { DEFAULT_SAMPLE, PAGE_SIZE, useLogParams } from './useLogParams';

/**
 * Log review (loggkontroll) for unit managers: targeted searches and random samples of the
 * access log of their organisation, and the emergency accesses waiting for review.
 */
export function LogReviewPage() {
  const { t } = useLogReviewT();
  const me = useMe();
  const params = useLogParams();
  const log = useAccessLog(params.request);
  const [sampleSize, setSampleSize] = useState(String(params.sample ?? DEFAULT_SAMPLE));
  const sampleForm = useFormSubmit({
    check: (): Errors => {
      const n = Number(sampleSize);
      return Number.isInteger(n) && n >= 1 && n <= 500
        ? {}
        : { sampleSize: t('logReview.sampleRange') };
    },
    send: async () => Number(sampleSize),
    onSuccess: (n) => params.drawSample(n),
  });

  const total = log.data?.total ?? 0;
  const rows = log.data?.items ?? [];
  const shown = log.data?.request ?? params.request;
  const first = shown.offset + 1;
  const last = shown.offset + rows.length;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  const filterPerson = (personId: string) => params.applyFilter({ ...params.filter, personId });

  const caption = shown.sample
    ? t('logReview.sampleCaption', { count: rows.length, total })
    : total === 0
      ? t('logReview.noRows')
      : t('logReview.pageCaption', { first, last, total });

  return (
    <>
      <PageHeading title={t('logReview.title')}>{t('logReview.title')}</PageHeading>
      <p className="lead">{t('logReview.intro', { organisation: me.organisation?.name ?? '' })}</p>

      <ReviewStatus organisation={me.organisation?.name ?? ''} />

      <EmergencyReviewList onShowLog={filterPerson} />

      <LogFilters
        key={JSON.stringify(params.filter)}
        filter={params.filter}
        rows={rows}
        person={log.data?.person}
        onApply={params.applyFilter}
      />

      <Form form={sampleForm} className="card form sample-form" aria-labelledby="sample-heading">
        <h2 id="sample-heading">{t('logReview.sampleHeading')}</h2>
        <p className="section-intro">{t('logReview.sampleIntro')}</p>
        <Form.Alerts />
        <div className="inline-fields">
          <Form.Text
            type="number"
            min={1}
            max={500}
            path="sampleSize"
            label={t('logReview.sampleSize')}
            className="field-short"
            {...bindValue(sampleSize, setSampleSize)}
          />
          <button type="submit" className="button button-primary">
            {params.sample ? t('logReview.newSample') : t('logReview.drawSample')}
          </button>
          {params.sample && (
            <button type="button" className="button" onClick={params.clearSample}>
              {t('logReview.showAll')}
            </button>
          )}
        </div>
      </Form>

      <section aria-labelledby="log-results-heading" className="results">
        <h2 id="log-results-heading">
          {shown.sample ? t('logReview.sampleResults') : t('logReview.results')}
        </h2>
        <StatusMessage hidden>{log.data && !log.isPlaceholderData && caption}</StatusMessage>
        {(log.isPending || log.isPlaceholderData) && <Loading />}
        <ProblemAlert error={log.error} />
        {log.data && rows.length > 0 && (
          <LogTable
            rows={rows}
            caption={caption}
            busy={log.isPlaceholderData}
            onFilterPerson={filterPerson}
          />
        )}
        {log.data && rows.length === 0 && <p>{t('logReview.noRows')}</p>}
        {!shown.sample && pages > 1 && (
          <nav className="pagination" aria-label={t('logReview.pages')}>
            <button
              type="button"
              className="button"
              disabled={params.page <= 1}
              onClick={() => params.setPage(params.page - 1)}
            >
              {t('logReview.previous')}
            </button>
            <span>{t('logReview.pageOf', { page: params.page, pages })}</span>
            <button
              type="button"
              className="button"
              disabled={params.page >= pages}
              onClick={() => params.setPage(params.page + 1)}
            >
              {t('logReview.next')}
            </button>
          </nav>
        )}
      </section>

      {log.data && !log.isPlaceholderData && rows.length > 0 && (
        <RecordReviewForm kind={shown.sample ? 'sample' : 'search'} rows={rows.length} />
      )}
    </>
  );
}
