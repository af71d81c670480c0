import type { ReactNode } from 'react';
import {
  AUDIT,
  AUDIT_C,
  AUDIT_RISKY_USE_CUT_OFF,
  AUDIT_ZONES,
  DUDIT,
  type AuditInterpretation,
  type DuditCategory,
  type DuditInterpretation,
  type Sex,
} from '@vardflata/domain';
import { Badge } from '../../components/Status';
import { useScreeningsT } from './i18n';

export const auditZoneRow = (zone: AuditInterpretation['zone']) =>
  AUDIT_ZONES.find((z) => z.zone === zone)!;

const SEXES_BOTH = ['female', 'male'] as const;

/** A flag that does not rely on colour: an icon and words, inside a bordered badge. */
export function Flag({
  children,
  tone = 'warn',
}: {
  children: ReactNode;
  tone?: 'warn' | 'danger';
}) {
  return (
    <Badge tone={tone}>
      <span aria-hidden="true">⚠ </span>
      {children}
    </Badge>
  );
}

/**
 * An AUDIT total read by the WHO zones and the Swedish risky-use cut-off for the person's sex
 * (both readings when the sex is unknown), with AUDIT-C beside it.
 */
export function AuditReading({
  total,
  interpretation,
  sex,
  atLeast = false,
}: {
  total: number;
  interpretation: AuditInterpretation;
  sex: Sex;
  /** Not all items answered yet: the reading is the lowest it can end up at. */
  atLeast?: boolean;
}) {
  const { t, text } = useScreeningsT();
  const zone = auditZoneRow(interpretation.zone);
  const readings = sex === 'unknown' ? SEXES_BOTH : ([sex] as const);
  return (
    <dl className="facts reading">
      <div>
        <dt>{t('reading.total')}</dt>
        <dd className="reading-total">
          {atLeast ? t('reading.atLeast', { value: total }) : total}{' '}
          <span className="muted">{t('reading.ofMax', { max: AUDIT.maxTotal })}</span>
        </dd>
      </div>
      <div>
        <dt>{t('reading.zone')}</dt>
        <dd>
          <strong>{t('reading.zoneName', { zone: zone.zone })}</strong> – {text(zone.risk)}
          <div className="small">{text(zone.action)}</div>
        </dd>
      </div>
      {readings.map((s) => {
        const risky = interpretation.riskyUseBySex[s];
        return (
          <div key={s}>
            <dt>
              {t('reading.riskyUseFor', {
                sex: t(`reading.sexPlural.${s}`),
                cutOff: AUDIT_RISKY_USE_CUT_OFF[s],
              })}
            </dt>
            <dd>{risky ? <Flag>{t('reading.riskyUseYes')}</Flag> : t('reading.riskyUseNo')}</dd>
          </div>
        );
      })}
      {sex === 'unknown' && <p className="small span-all">{t('reading.sexUnknownBoth')}</p>}
      <div>
        <dt>{t('reading.auditC')}</dt>
        <dd>
          {interpretation.auditC}{' '}
          <span className="muted">{t('reading.ofMax', { max: AUDIT_C.maxTotal })}</span>
        </dd>
      </div>
    </dl>
  );
}

export function useDuditCategoryLabel() {
  const { t } = useScreeningsT();
  return (category: DuditCategory) => t(`reading.duditCategory.${category}`);
}

/**
 * A DUDIT total read by the cut-offs for the person's sex and age band; sex unknown shows the
 * reading for both, and the 16–25 cut-offs are marked preliminary.
 */
export function DuditReading({
  total,
  interpretation,
  sex,
  atLeast = false,
}: {
  total: number;
  interpretation: DuditInterpretation;
  sex: Sex;
  atLeast?: boolean;
}) {
  const { t } = useScreeningsT();
  const label = useDuditCategoryLabel();
  const { cutOff } = interpretation;
  const readings = sex === 'unknown' ? SEXES_BOTH : ([sex] as const);
  return (
    <dl className="facts reading">
      <div>
        <dt>{t('reading.total')}</dt>
        <dd className="reading-total">
          {atLeast ? t('reading.atLeast', { value: total }) : total}{' '}
          <span className="muted">{t('reading.ofMax', { max: DUDIT.maxTotal })}</span>
        </dd>
      </div>
      {readings.map((s) => {
        const category = interpretation.categoryBySex[s];
        return (
          <div key={s}>
            <dt>
              {sex === 'unknown'
                ? t('reading.duditFor', { sex: t(`reading.sexPlural.${s}`) })
                : t('reading.duditReading')}
            </dt>
            <dd>
              {category === 'none' ? (
                label(category)
              ) : (
                <Flag tone={category === 'probable-dependence' ? 'danger' : 'warn'}>
                  {label(category)}
                </Flag>
              )}
            </dd>
          </div>
        );
      })}
      <div className="span-all">
        <dt>{t('reading.duditCutOffs')}</dt>
        <dd>
          {readings
            .map((s) =>
              t('reading.duditProblemCutOff', {
                sex: t(`reading.sexPlural.${s}`),
                cutOff: cutOff.drugRelatedProblemsBySex[s],
              }),
            )
            .join('; ')}
          {'; '}
          {t('reading.duditDependenceCutOff', { cutOff: cutOff.probableDependence })}
          {cutOff.preliminary && <div className="small">{t('reading.duditPreliminary')}</div>}
        </dd>
      </div>
    </dl>
  );
}
