import { HANDOVER_TAG } from '@vardflata/domain';
import { formatDate, formatDateTime } from '../../lib/format';
import { useUnitNames } from '../../lib/organisations';
import { useSipT } from './i18n';
import { PlanPart } from './PlanFields';
import type { SipDetail } from './types';

/** The plan to read (ended, frozen, or seen read-only), in the same order as the editor. */
export function PlanView({ sip, reason }: { sip: SipDetail; reason: string }) {
  const { t } = useSipT();
  const units = useUnitNames();
  const plan = sip.plan;
  const empty = <span className="muted">{t('value.notFilled')}</span>;
  const text = (value: string) =>
    value.trim() ? <p className="quote">{value}</p> : <p>{empty}</p>;
  const goalText = (id: string) => plan.goals.find((g) => g.id === id)?.text ?? id;

  return (
    <section className="card plan-card" aria-labelledby="plan-heading" id="plan">
      <div className="section-head">
        <h2 id="plan-heading">{t('plan.heading')}</h2>
        <p className="small plan-version" data-testid="plan-version">
          {t('plan.versionLine', {
            version: sip.version,
            at: formatDateTime(sip.planSavedAt),
            name: sip.planSavedBy.name,
          })}
        </p>
      </div>
      <p className="section-intro">{reason}</p>

      <PlanPart id="part-problem" title={t('plan.parts.problem')} law={t('plan.laws.problem')}>
        <h4>{t('plan.problemAndNeeds')}</h4>
        {text(plan.problemAndNeeds)}
        <h4>{t('plan.ownWords')}</h4>
        {text(plan.ownWords)}
        <h4>{t('plan.goals.heading')}</h4>
        {plan.goals.length === 0 ? (
          <p>{empty}</p>
        ) : (
          <ul>
            {plan.goals.map((g) => (
              <li key={g.id}>
                {g.text || empty} <span className="muted">({t(`horizon.${g.horizon}`)})</span>
              </li>
            ))}
          </ul>
        )}
      </PlanPart>

      <PlanPart
        id="part-interventions"
        title={t('plan.parts.interventions')}
        law={t('plan.laws.interventions')}
      >
        {plan.interventions.length === 0 ? (
          <p>{empty}</p>
        ) : (
          <ul className="plain-list intervention-list">
            {plan.interventions.map((iv) => {
              const unit = iv.unitId ? units.get(iv.unitId) : undefined;
              const who =
                iv.principal === 'other'
                  ? iv.otherActor
                  : unit
                    ? `${unit.name}, ${unit.organisationName}`
                    : null;
              return (
                <li key={iv.id}>
                  <p className="intervention-title">{iv.description || empty}</p>
                  <dl className="facts facts-grid">
                    <div>
                      <dt>{t('plan.interventions.principal')}</dt>
                      <dd>{t(`principal.${iv.principal}`)}</dd>
                    </div>
                    <div>
                      <dt>{t('plan.interventions.unitShort')}</dt>
                      <dd>{who || empty}</dd>
                    </div>
                    <div>
                      <dt>{t('plan.interventions.responsible')}</dt>
                      <dd>{iv.responsible?.name || empty}</dd>
                    </div>
                    {iv.kind && (
                      <div>
                        <dt>{t('plan.interventions.kind')}</dt>
                        <dd>{t(`kinds.${iv.kind}`, { defaultValue: iv.kind })}</dd>
                      </div>
                    )}
                    {(iv.startOn || iv.endOn) && (
                      <div>
                        <dt>{t('plan.interventions.period')}</dt>
                        <dd>
                          {iv.startOn ? formatDate(iv.startOn) : '…'} –{' '}
                          {iv.endOn ? formatDate(iv.endOn) : '…'}
                        </dd>
                      </div>
                    )}
                    {iv.goalIds.length > 0 && (
                      <div className="span-all">
                        <dt>{t('plan.interventions.goals')}</dt>
                        <dd>{iv.goalIds.map(goalText).join('; ')}</dd>
                      </div>
                    )}
                    {(iv.tags ?? []).includes(HANDOVER_TAG) && (
                      <div className="span-all">
                        <dd>{t('plan.interventions.handover')}</dd>
                      </div>
                    )}
                  </dl>
                </li>
              );
            })}
          </ul>
        )}
      </PlanPart>

      <PlanPart id="part-measures" title={t('plan.parts.measures')} law={t('plan.laws.measures')}>
        {plan.measuresByOthers.length > 0 ? (
          <ul>
            {plan.measuresByOthers.map((m, i) => (
              <li key={i}>
                <strong>{m.actor}</strong>: {m.description}
              </li>
            ))}
          </ul>
        ) : plan.measuresByOthersNone ? (
          <p>{t('plan.measures.none')}</p>
        ) : (
          <p>{empty}</p>
        )}
      </PlanPart>

      <PlanPart id="part-overall" title={t('plan.parts.overall')} law={t('plan.laws.overall')}>
        <p>{plan.overallResponsibility ? t(`principal.${plan.overallResponsibility}`) : empty}</p>
      </PlanPart>

      <PlanPart
        id="part-coordination"
        title={t('plan.parts.coordination')}
        law={t('plan.laws.coordination')}
      >
        <dl className="facts facts-grid">
          <div>
            <dt>{t('plan.coordinator')}</dt>
            <dd>{plan.coordinator?.name || empty}</dd>
          </div>
          <div>
            <dt>{t('plan.nextFollowUpOn')}</dt>
            <dd>{plan.nextFollowUpOn ? formatDate(plan.nextFollowUpOn) : empty}</dd>
          </div>
        </dl>
      </PlanPart>
    </section>
  );
}
