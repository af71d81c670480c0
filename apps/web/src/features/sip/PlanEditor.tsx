import type { RefObject } from 'react';
import { Form } from '../../components/form';
import { formatDateTime } from '../../lib/format';
import type { KnownStaff } from './helpers';
import { useSipT } from './i18n';
import { InterventionsEditor } from './InterventionsEditor';
import { MergePanel } from './MergePanel';
import { MissingItem } from './MissingPanel';
import { GoalsEditor, MeasuresEditor, PlanPart } from './PlanFields';
import { StaffPicker } from './StaffPicker';
import type { SipDetail } from './types';
import { PLAN_MISSING_ID, type PlanSaver } from './usePlanSaver';
import type { PlanDraft } from './usePlanDraft';

export type { PlanSaver } from './usePlanSaver';

/** The plan's two free texts of item 1, and their fields' ids (the missing list links there). */
const PLAN_TEXTS = [
  ['problemAndNeeds', 'plan-problem'],
  ['ownWords', 'plan-own-words'],
] as const;

/** The version line under the plan's heading: which version, saved when and by whom. */
export function PlanVersionLine({ sip }: { sip: SipDetail }) {
  const { t } = useSipT();
  return (
    <p className="small plan-version" data-testid="plan-version">
      {t('plan.versionLine', {
        version: sip.version,
        at: formatDateTime(sip.planSavedAt),
        name: sip.planSavedBy.name,
      })}
    </p>
  );
}

/** What the plan editor works with, from the SIP page above its sections. */
export interface PlanEditorProps {
  sip: SipDetail;
  draft: PlanDraft;
  saver: PlanSaver;
  staff: readonly KnownStaff[];
  savedMessage: string | undefined;
  savedRef: RefObject<HTMLParagraphElement | null>;
}

/** Save, whether everything is saved, and the message after saving (which takes focus). */
function SaveBar({ sip, draft, saver, savedMessage, savedRef }: Omit<PlanEditorProps, 'staff'>) {
  const { t } = useSipT();
  return (
    <div className="save-bar">
      <button
        id="plan-save"
        type="submit"
        className="button button-primary"
        disabled={saver.pending}
      >
        {saver.pending ? t('common.saving') : t('plan.save')}
      </button>
      <span className="save-state" data-testid="save-state">
        {draft.dirty ? (
          <>
            <span aria-hidden="true">● </span>
            {t('plan.unsaved')}
          </>
        ) : (
          <>
            <span aria-hidden="true">✓ </span>
            {t('plan.allSaved', { version: sip.version })}
          </>
        )}
      </span>
      <p ref={savedRef} tabIndex={-1} role="status" className="save-message">
        {savedMessage}
      </p>
    </div>
  );
}

/**
 * The plan editor: the law's five items in order, each field with its label; the live list of
 * what is missing stands beside it (MissingPanel). Saving adds a version; nothing is ever
 * overwritten. A kit form: what to fix at the top, the server's field errors at the fields.
 */
export function PlanEditor({ sip, draft, saver, staff, savedMessage, savedRef }: PlanEditorProps) {
  const { t } = useSipT();
  const { plan, setPlan } = draft;
  const { stale, missing } = saver;

  return (
    <section className="card plan-card" aria-labelledby="plan-heading" id="plan">
      <div className="section-head">
        <h2 id="plan-heading" tabIndex={-1}>
          {t('plan.heading')}
        </h2>
        <PlanVersionLine sip={sip} />
      </div>
      {sip.status === 'active' && <p className="section-intro">{t('plan.reviseIntro')}</p>}
      {stale && (
        <MergePanel
          problem={stale}
          myPlan={plan}
          pending={saver.pending}
          onUse={(merged, version, basePlan, andSave) => {
            draft.reset(merged, version, basePlan);
            saver.clearStale();
            if (andSave) void saver.run(merged, version);
            else setTimeout(() => document.getElementById('plan-heading')?.focus());
          }}
          onCancel={() => {
            saver.clearStale();
            setTimeout(() => document.getElementById('plan-save')?.focus());
          }}
        />
      )}
      <Form form={saver.form} className="plan-form" aria-labelledby="plan-heading">
        {missing && (
          <div id={PLAN_MISSING_ID} tabIndex={-1} className="alert alert-error" role="alert">
            <p>{t('plan.incompleteActive')}</p>
            <ul className="missing-list">
              {missing.map((code) => (
                <MissingItem key={code} code={code} sip={sip} />
              ))}
            </ul>
          </div>
        )}
        <Form.Alerts />

        <PlanPart id="part-problem" title={t('plan.parts.problem')} law={t('plan.laws.problem')}>
          {PLAN_TEXTS.map(([key, id]) => (
            <Form.TextArea
              key={key}
              id={id}
              path={key}
              label={t(`plan.${key}`)}
              hint={t(`plan.${key}Hint`)}
              limit={8000}
              value={plan[key]}
              onChange={(e) => setPlan((p) => ({ ...p, [key]: e.target.value }))}
            />
          ))}
          <h4>{t('plan.goals.heading')}</h4>
          <GoalsEditor plan={plan} setPlan={setPlan} />
        </PlanPart>

        <PlanPart
          id="part-interventions"
          title={t('plan.parts.interventions')}
          law={t('plan.laws.interventions')}
        >
          <InterventionsEditor plan={plan} setPlan={setPlan} staff={staff} />
        </PlanPart>

        <PlanPart id="part-measures" title={t('plan.parts.measures')} law={t('plan.laws.measures')}>
          <MeasuresEditor plan={plan} setPlan={setPlan} />
        </PlanPart>

        <PlanPart id="part-overall" title={t('plan.parts.overall')} law={t('plan.laws.overall')}>
          <Form.Choices
            type="radio"
            id="plan-overall"
            name="overallResponsibility"
            path="overallResponsibility"
            label={t('plan.overall')}
            inline
            options={(['municipality', 'region'] as const).map((v) => ({
              value: v,
              label: t(`principal.${v}`),
            }))}
            value={plan.overallResponsibility ? [plan.overallResponsibility] : []}
            onChange={([v]) => setPlan((p) => ({ ...p, overallResponsibility: v ?? null }))}
          />
        </PlanPart>

        <PlanPart
          id="part-coordination"
          title={t('plan.parts.coordination')}
          law={t('plan.laws.coordination')}
        >
          <div className="field-row">
            <StaffPicker
              id="plan-coordinator"
              path="coordinator"
              label={t('plan.coordinator')}
              hint={t('plan.coordinatorHint')}
              selected={plan.coordinator}
              suggestions={staff}
              onSelect={(s) =>
                setPlan((p) => ({ ...p, coordinator: { staffId: s.staffId, name: s.name } }))
              }
              onClear={() => setPlan((p) => ({ ...p, coordinator: null }))}
            />
            <Form.Date
              id="plan-next-follow-up"
              path="nextFollowUpOn"
              label={t('plan.nextFollowUpOn')}
              hint={t('plan.nextFollowUpOnHint')}
              value={plan.nextFollowUpOn ?? ''}
              onChange={(e) => setPlan((p) => ({ ...p, nextFollowUpOn: e.target.value || null }))}
            />
          </div>
        </PlanPart>

        <SaveBar
          sip={sip}
          draft={draft}
          saver={saver}
          savedMessage={savedMessage}
          savedRef={savedRef}
        />
      </Form>
    </section>
  );
}
