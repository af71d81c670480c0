import { useState, type FormEvent, type RefObject } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import type { SipPlan } from '@vardflata/domain';
import { ChoiceGroup, TextAreaField, TextField } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime, todayInStockholm } from '../../lib/format';
import { focusFirstPath, missingOf, serverErrors, staleProblemOf } from './errors';
import type { KnownStaff } from './helpers';
import { useSipT } from './i18n';
import { MergePanel } from './MergePanel';
import { MissingItem } from './MissingPanel';
import { GoalsEditor, InterventionsEditor, MeasuresEditor, PlanPart } from './PlanFields';
import type { SavePlanInput } from './queries';
import { StaffPicker } from './StaffPicker';
import type { SipDetail, StaleVersionProblem } from './types';
import type { PlanDraft } from './usePlanDraft';

export type SaveMutation = UseMutationResult<SipDetail, Error, SavePlanInput>;

/** Every ancestor of a path too: `interventions[0].goalIds[1]` → `interventions[0].goalIds`, … */
function withAncestors(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let p = path;
    while (p) {
      out.push(p);
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut > 0 ? p.slice(0, cut) : '';
    }
  }
  return out;
}

/**
 * Saves the draft as a new version, and handles the answers: the new version (the draft
 * starts over from it), 409 stale (the merge panel), 422 missing (an active plan must stay
 * complete), 400 (field errors beside the fields, focus on the first).
 */
export function useSaveDraft(
  save: SaveMutation,
  draft: PlanDraft,
  formRef: RefObject<HTMLFormElement | null>,
  missingRef: RefObject<HTMLDivElement | null>,
  onSaved: (sip: SipDetail) => void,
) {
  const { t } = useSipT();
  const [stale, setStale] = useState<StaleVersionProblem | null>(null);

  const run = (plan: SipPlan, basedOnVersion: number) =>
    new Promise<SipDetail | null>((resolve) => {
      save.mutate(
        { basedOnVersion, plan },
        {
          onSuccess: (sip) => {
            setStale(null);
            draft.reset(sip.plan as SipPlan, sip.version);
            onSaved(sip);
            resolve(sip);
          },
          onError: (error) => {
            const problem = staleProblemOf(error);
            setStale(problem);
            if (!problem) {
              if (missingOf(error)) setTimeout(() => missingRef.current?.focus());
              else {
                const paths = Object.keys(serverErrors(t, error, 'plan.'));
                setTimeout(() => focusFirstPath(formRef.current, withAncestors(paths)));
              }
            }
            resolve(null);
          },
        },
      );
    });

  return { run, stale, clearStale: () => setStale(null), pending: save.isPending };
}

/**
 * The plan editor: the law's five items in order, each field with its label; the live list of
 * what is missing stands beside it (MissingPanel). Saving adds a version; nothing is ever
 * overwritten.
 */
export function PlanEditor({
  sip,
  draft,
  save,
  saver,
  staff,
  formRef,
  missingRef,
  savedMessage,
  savedRef,
}: {
  sip: SipDetail;
  draft: PlanDraft;
  save: SaveMutation;
  saver: ReturnType<typeof useSaveDraft>;
  staff: readonly KnownStaff[];
  formRef: RefObject<HTMLFormElement | null>;
  missingRef: RefObject<HTMLDivElement | null>;
  savedMessage: string | undefined;
  savedRef: RefObject<HTMLParagraphElement | null>;
}) {
  const { t } = useSipT();
  const plan = draft.plan;
  const setPlan = draft.setPlan;
  const errors = save.isError ? serverErrors(t, save.error, 'plan.') : {};
  const missing = save.isError ? missingOf(save.error) : null;
  const stale = saver.stale;
  const active = sip.status === 'active';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void saver.run(plan, draft.baseVersion);
  };

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
      {active && <p className="section-intro">{t('plan.reviseIntro')}</p>}
      {stale && (
        <MergePanel
          problem={stale}
          myPlan={plan}
          pending={save.isPending}
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
      <form
        id="plan-form"
        ref={formRef}
        className="plan-form"
        onSubmit={submit}
        noValidate
        aria-labelledby="plan-heading"
      >
        {missing && (
          <div ref={missingRef} tabIndex={-1} className="alert alert-error" role="alert">
            <p>{t('plan.incompleteActive')}</p>
            <ul className="missing-list">
              {missing.map((code) => (
                <MissingItem key={code} code={code} sip={sip} />
              ))}
            </ul>
          </div>
        )}
        {save.isError && !stale && !missing && (
          <ProblemAlert
            error={save.error}
            shownFields={Object.keys(errors).map((p) => `plan.${p}`)}
          />
        )}

        <PlanPart id="part-problem" title={t('plan.parts.problem')} law={t('plan.laws.problem')}>
          <TextAreaField
            id="plan-problem"
            label={t('plan.problemAndNeeds')}
            hint={t('plan.problemAndNeedsHint')}
            rows={4}
            value={plan.problemAndNeeds}
            error={errors.problemAndNeeds}
            data-path="problemAndNeeds"
            onChange={(e) => setPlan((p) => ({ ...p, problemAndNeeds: e.target.value }))}
          />
          <TextAreaField
            id="plan-own-words"
            label={t('plan.ownWords')}
            hint={t('plan.ownWordsHint')}
            rows={3}
            value={plan.ownWords}
            error={errors.ownWords}
            data-path="ownWords"
            onChange={(e) => setPlan((p) => ({ ...p, ownWords: e.target.value }))}
          />
          <h4>{t('plan.goals.heading')}</h4>
          <GoalsEditor plan={plan} setPlan={setPlan} errors={errors} />
        </PlanPart>

        <PlanPart
          id="part-interventions"
          title={t('plan.parts.interventions')}
          law={t('plan.laws.interventions')}
        >
          <InterventionsEditor plan={plan} setPlan={setPlan} errors={errors} staff={staff} />
        </PlanPart>

        <PlanPart id="part-measures" title={t('plan.parts.measures')} law={t('plan.laws.measures')}>
          <MeasuresEditor plan={plan} setPlan={setPlan} errors={errors} />
        </PlanPart>

        <PlanPart id="part-overall" title={t('plan.parts.overall')} law={t('plan.laws.overall')}>
          <div id="plan-overall" data-path="overallResponsibility">
            <ChoiceGroup
              type="radio"
              name="overallResponsibility"
              label={t('plan.overall')}
              inline
              options={(['municipality', 'region'] as const).map((v) => ({
                value: v,
                label: t(`principal.${v}`),
              }))}
              value={plan.overallResponsibility ? [plan.overallResponsibility] : []}
              error={errors.overallResponsibility}
              onChange={([v]) => setPlan((p) => ({ ...p, overallResponsibility: v ?? null }))}
            />
          </div>
        </PlanPart>

        <PlanPart
          id="part-coordination"
          title={t('plan.parts.coordination')}
          law={t('plan.laws.coordination')}
        >
          <div className="field-row">
            <StaffPicker
              id="plan-coordinator"
              label={t('plan.coordinator')}
              hint={t('plan.coordinatorHint')}
              selected={plan.coordinator}
              suggestions={staff}
              error={errors['coordinator.staffId'] ?? errors.coordinator}
              data-path="coordinator"
              onSelect={(s) =>
                setPlan((p) => ({ ...p, coordinator: { staffId: s.staffId, name: s.name } }))
              }
              onClear={() => setPlan((p) => ({ ...p, coordinator: null }))}
            />
            <TextField
              id="plan-next-follow-up"
              type="date"
              className="field-date"
              label={t('plan.nextFollowUpOn')}
              hint={t('plan.nextFollowUpOnHint')}
              value={plan.nextFollowUpOn ?? ''}
              error={errors.nextFollowUpOn}
              data-path="nextFollowUpOn"
              min={todayInStockholm()}
              onChange={(e) => setPlan((p) => ({ ...p, nextFollowUpOn: e.target.value || null }))}
            />
          </div>
        </PlanPart>

        <div className="save-bar">
          <button
            id="plan-save"
            type="submit"
            className="button button-primary"
            disabled={save.isPending}
          >
            {save.isPending ? t('common.saving') : t('plan.save')}
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
      </form>
    </section>
  );
}
