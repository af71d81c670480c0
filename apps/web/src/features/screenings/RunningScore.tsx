import type { RefObject } from 'react';
import type { QuestionnaireDefinition, ScreeningResult as Scored, Sex } from '@vardflata/domain';
import { useScreeningsT } from './i18n';
import { lowerFirst } from './labels';
import {
  AuditReading,
  auditZoneRow,
  DuditReading,
  useDuditCategoryLabel,
} from './ScreeningReading';

type Ok = Extract<Scored, { ok: true }>;

/**
 * The total and its reading as the items are answered. The first line is a polite live region,
 * so a screen reader hears the new total without losing its place. While the person fills in
 * the form themselves only the progress is shown.
 */
export function RunningScore({
  definition,
  sex,
  answered,
  count,
  result,
  hidden,
  headingRef,
}: {
  definition: QuestionnaireDefinition;
  sex: Sex;
  answered: number;
  count: number;
  result: Ok | null;
  hidden: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, text } = useScreeningsT();
  const duditLabel = useDuditCategoryLabel();
  const complete = answered === count;
  const progress = t('form.progress', { answered, count });

  if (hidden) {
    return (
      <aside className="score-panel" aria-label={t('form.progressLabel')}>
        <p role="status" className="score-live">
          {progress}
        </p>
      </aside>
    );
  }

  let reading = '';
  if (result?.instrument === 'AUDIT') {
    const zone = auditZoneRow(result.interpretation.zone);
    reading = t('form.liveAudit', { zone: zone.zone, risk: lowerFirst(text(zone.risk)) });
  } else if (result?.instrument === 'DUDIT') {
    const s = sex === 'unknown' ? result.interpretation.cutOff.appliedSex : sex;
    reading = lowerFirst(duditLabel(result.interpretation.categoryBySex[s]));
  }
  const total = result?.total ?? 0;
  const live = complete
    ? t('form.liveComplete', { total, max: definition.maxTotal, reading })
    : t('form.livePartial', { progress, count: total, reading });

  return (
    <aside className="score-panel" aria-labelledby="score-heading" data-testid="running-score">
      <h2 id="score-heading" ref={headingRef} tabIndex={-1}>
        {t('form.scoreHeading')}
      </h2>
      <p role="status" className="score-live">
        {live}
      </p>
      {result && !complete && <p className="small">{t('form.partialNote')}</p>}
      {result?.instrument === 'AUDIT' && (
        <AuditReading
          total={result.total}
          interpretation={result.interpretation}
          sex={sex}
          atLeast={!complete}
        />
      )}
      {result?.instrument === 'DUDIT' && (
        <DuditReading
          total={result.total}
          interpretation={result.interpretation}
          sex={sex}
          atLeast={!complete}
        />
      )}
      <p className="small">{t('form.serverDecides')}</p>
    </aside>
  );
}
