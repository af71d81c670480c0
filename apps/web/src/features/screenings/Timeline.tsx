import { useState } from 'react';
import type { Sex } from '@vardflata/domain';
import { Form } from '../../components/form';
import { formatDate } from '../../lib/format';
import { useScreeningsT } from './i18n';
import { useLabels, useResultText } from './labels';
import { Flag } from './ScreeningReading';
import type { TimelineEntry, TimelineKind } from './types';

const KINDS: readonly TimelineKind[] = [
  'AUDIT',
  'DUDIT',
  'asi',
  'criteria',
  'drug-test',
  'violence',
  'lifestyle',
];

/**
 * Every result, newest first, each with who recorded it. Results that call for attention carry
 * an icon and a word, not only a colour.
 */
export function Timeline({ entries, sex }: { entries: readonly TimelineEntry[]; sex: Sex }) {
  const { t } = useScreeningsT();
  const labels = useLabels();
  const describe = useResultText(sex);
  const [kind, setKind] = useState<TimelineKind | ''>('');
  const shown = kind ? entries.filter((e) => e.kind === kind) : entries;
  const present = KINDS.filter((k) => entries.some((e) => e.kind === k));

  return (
    <>
      {present.length > 1 && (
        <Form.Select
          label={t('timeline.filter')}
          className="field-medium timeline-filter"
          value={kind}
          onChange={(e) => setKind(e.target.value as TimelineKind | '')}
        >
          <option value="">{t('timeline.all', { count: entries.length })}</option>
          {present.map((k) => (
            <option key={k} value={k}>
              {labels.kind(k)}
            </option>
          ))}
        </Form.Select>
      )}
      <p className="visually-hidden" role="status">
        {kind ? t('timeline.shownCount', { count: shown.length }) : ''}
      </p>
      <ol className="timeline" data-testid="timeline">
        {shown.map((entry) => (
          <li key={entry.id} className={`timeline-item${entry.flagged ? ' timeline-flagged' : ''}`}>
            <div className="timeline-date">
              <time dateTime={formatDate(entry.on)}>{formatDate(entry.on)}</time>
            </div>
            <div className="timeline-body">
              <p className="timeline-title">
                <strong>{labels.kind(entry.kind)}</strong>
                {entry.flagged && (
                  <>
                    {' '}
                    <Flag>{t('timeline.flagged')}</Flag>
                  </>
                )}
              </p>
              <p className="timeline-summary">{describe(entry)}</p>
              <p className="small">
                {t('timeline.recordedAt', { organisation: entry.organisationName })}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
