import type { Sex } from '@vardflata/domain';
import { formatDate } from '../../lib/format';
import { useScreeningsT } from './i18n';
import { useResultText } from './labels';
import { Flag } from './ScreeningReading';
import type { DrugTestResult, TimelineEntry, TimelineKind, ViolenceResult } from './types';

/**
 * The latest result of each kind that matters at a visit: AUDIT and DUDIT with their reading,
 * the latest drug test and violence question with a flag when positive or disclosed.
 */
export function LatestResults({ entries, sex }: { entries: readonly TimelineEntry[]; sex: Sex }) {
  const { t } = useScreeningsT();
  const describe = useResultText(sex);
  const latest = (kind: TimelineKind) => entries.find((e) => e.kind === kind);
  const rows: { kind: TimelineKind; label: string }[] = [
    { kind: 'AUDIT', label: 'AUDIT' },
    { kind: 'DUDIT', label: 'DUDIT' },
    { kind: 'drug-test', label: t('kinds.drug-test') },
    { kind: 'violence', label: t('kinds.violence') },
    { kind: 'asi', label: t('kinds.asi') },
  ];
  const flagText = (entry: TimelineEntry): string | null => {
    if (!entry.flagged) return null;
    if (entry.kind === 'drug-test' && (entry.summary as unknown as DrugTestResult).positive)
      return t('latest.positive');
    if (entry.kind === 'violence') {
      return (entry.summary as unknown as ViolenceResult).childConcern
        ? t('latest.childConcern')
        : t('latest.violence');
    }
    return t('timeline.flagged');
  };

  return (
    <dl className="facts latest-results" data-testid="latest-results">
      {rows.map(({ kind, label }) => {
        const entry = latest(kind);
        const flag = entry ? flagText(entry) : null;
        return (
          <div key={kind} className={flag ? 'latest-flagged' : undefined}>
            <dt>{label}</dt>
            <dd>
              {entry ? (
                <>
                  {flag && (
                    <span className="latest-flag">
                      <Flag>{flag}</Flag>
                    </span>
                  )}
                  <span className="latest-text">{describe(entry)}</span>
                  <span className="small latest-meta">
                    {formatDate(entry.on)} · {entry.organisationName}
                  </span>
                </>
              ) : (
                <span className="muted">{t('latest.none')}</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
