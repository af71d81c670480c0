import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import {
  CLOSE_OUTCOMES,
  GOAL_EVALUATION_STATUSES,
  INTERVENTION_EVALUATION_STATUSES,
  validateFollowUp,
  type CloseOutcome,
  type FollowUpDecision,
  type GoalEvaluationStatus,
  type InterventionEvaluationStatus,
  type SipPlan,
} from '@vardflata/domain';
import { isApiError } from '../../api';
import {
  CheckboxField,
  ChoiceGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/Field';
import { isIsoDate, todayInStockholm } from '../../lib/format';
import { ActionForm, ConsentNotice, ErrorSummary, focusPath, type Errors } from './ActionForm';
import { missingOf, serverErrors, sipFieldMessage } from './errors';
import { useSipT } from './i18n';
import { liveMissing, MissingItem } from './MissingPanel';
import type { useSaveDraft } from './PlanEditor';
import {
  useActivate,
  useCloseSip,
  useEndSip,
  useRecordFollowUp,
  useRecordMeeting,
} from './queries';
import type { SipDetail } from './types';
import type { PlanDraft } from './usePlanDraft';

interface ActionProps {
  sip: SipDetail;
  onCancel: () => void;
  onDone: (message: string) => void;
}

/** A date the act happened on: required, real, not in the future, not before the proposal. */
function pastDateError(t: TFunction, value: string, sip: SipDetail): string | undefined {
  if (!value.trim()) return t('form.dateRequired');
  if (!isIsoDate(value)) return t('form.dateInvalid');
  if (value > todayInStockholm()) return t('form.dateFuture');
  if (value < sip.proposedOn) return t('form.dateBeforeProposal');
  return undefined;
}

// ---------------------------------------------------------------- meeting held

export function MeetingForm({ sip, onCancel, onDone }: ActionProps) {
  const { t } = useSipT();
  const record = useRecordMeeting(sip.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [heldOn, setHeldOn] = useState(todayInStockholm());
  const [notes, setNotes] = useState('');
  const [attended, setAttended] = useState<string[]>(
    sip.participants.filter((p) => p.invitation !== 'declined').map((p) => p.id),
  );
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const dateError = pastDateError(t, heldOn, sip);
    const next: Errors = dateError ? { heldOn: dateError } : {};
    setErrors(next);
    if (dateError) {
      setTimeout(() => focusPath(formRef.current, 'heldOn'));
      return;
    }
    record.mutate(
      {
        heldOn,
        ...(notes.trim() ? { notes: notes.trim() } : {}),
        ...(sip.participants.length ? { attendedParticipantIds: attended } : {}),
      },
      {
        onSuccess: () => onDone(t('meeting.done')),
        onError: (error) => {
          const e = serverErrors(t, error);
          setErrors(e);
          const first = Object.keys(e)[0];
          if (first) setTimeout(() => focusPath(formRef.current, first));
        },
      },
    );
  };

  return (
    <ActionForm
      id="meeting"
      title={t('meeting.title')}
      intro={<p>{t('meeting.intro')}</p>}
      submitLabel={t('meeting.submit')}
      pending={record.isPending}
      error={Object.keys(errors).length ? null : record.error}
      formRef={formRef}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <ConsentNotice sip={sip} />
      <ErrorSummary
        errors={errors}
        labels={() => t('meeting.heldOn')}
        root={() => formRef.current}
      />
      <TextField
        type="date"
        className="field-date"
        label={t('meeting.heldOn')}
        value={heldOn}
        error={errors.heldOn}
        data-path="heldOn"
        min={sip.proposedOn}
        max={todayInStockholm()}
        required
        onChange={(e) => setHeldOn(e.target.value)}
      />
      {sip.participants.length > 0 && (
        <fieldset className="field choice-group">
          <legend className="field-label">{t('meeting.attended')}</legend>
          <div className="choices">
            {sip.participants.map((p) => (
              <CheckboxField
                key={p.id}
                label={p.unitName && p.kind === 'staff' ? `${p.name} (${p.unitName})` : p.name}
                checked={attended.includes(p.id)}
                onChange={(e) =>
                  setAttended((x) =>
                    e.target.checked ? [...x, p.id] : x.filter((y) => y !== p.id),
                  )
                }
              />
            ))}
          </div>
        </fieldset>
      )}
      <TextAreaField
        label={t('meeting.notes')}
        hint={t('meeting.notesHint')}
        rows={4}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
    </ActionForm>
  );
}

// ---------------------------------------------------------------- activate

/**
 * Makes the plan active. Unsaved changes are saved first. Refused with 422 and `missing`, the
 * list of what is missing is shown with a link to each field, and focus goes to it.
 */
export function ActivateForm({
  sip,
  draft,
  saver,
  onCancel,
  onDone,
}: ActionProps & { draft: PlanDraft; saver: ReturnType<typeof useSaveDraft> }) {
  const { t } = useSipT();
  const activate = useActivate(sip.id);
  const formRef = useRef<HTMLFormElement>(null);
  const missingRef = useRef<HTMLDivElement>(null);
  const [on, setOn] = useState(todayInStockholm());
  const [errors, setErrors] = useState<Errors>({});
  const [saveFailed, setSaveFailed] = useState(false);
  const missing = missingOf(activate.error);
  // The refusal lists what was missing then; what has been filled in since drops off.
  const live = liveMissing(sip, draft.plan);
  const stillMissing = (missing ?? []).filter((code) => live.includes(code));
  // Refused for what is missing: the list takes focus once it is on screen.
  const activateError = activate.error;
  useEffect(() => {
    if (missingOf(activateError)) missingRef.current?.focus();
  }, [activateError]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dateError = pastDateError(t, on, sip);
    setErrors(dateError ? { on: dateError } : {});
    setSaveFailed(false);
    if (dateError) {
      setTimeout(() => focusPath(formRef.current, 'on'));
      return;
    }
    if (draft.dirty) {
      const saved = await saver.run(draft.plan, draft.baseVersion);
      if (!saved) {
        setSaveFailed(true);
        return;
      }
    }
    activate.mutate(
      { on },
      {
        onSuccess: () => onDone(t('activate.done')),
        onError: (error) => {
          const e = serverErrors(t, error);
          setErrors(e);
        },
      },
    );
  };

  return (
    <ActionForm
      id="activate"
      title={t('activate.title')}
      intro={
        <>
          <p>{t('activate.intro')}</p>
          {draft.dirty && <p className="alert alert-warning">{t('activate.savesFirst')}</p>}
        </>
      }
      submitLabel={t('activate.submit')}
      pending={activate.isPending || saver.pending}
      error={missing || Object.keys(errors).length ? null : activate.error}
      formRef={formRef}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
    >
      {saveFailed && (
        <div className="alert alert-error" role="alert">
          <p>{t('activate.saveFailed')}</p>
        </div>
      )}
      {missing && stillMissing.length === 0 && (
        <p className="alert alert-warning" data-testid="activate-now-complete">
          {t('activate.nowComplete')}
        </p>
      )}
      {missing && stillMissing.length > 0 && (
        <div
          ref={missingRef}
          tabIndex={-1}
          className="alert alert-error"
          role="alert"
          data-testid="activate-missing"
        >
          <p>
            <strong>{t('activate.missingTitle')}</strong> {t('activate.missingIntro')}
          </p>
          <ul className="missing-list">
            {stillMissing.map((code) => (
              <MissingItem key={code} code={code} sip={sip} />
            ))}
          </ul>
        </div>
      )}
      <TextField
        type="date"
        className="field-date"
        label={t('activate.on')}
        value={on}
        error={errors.on}
        data-path="on"
        min={sip.proposedOn}
        max={todayInStockholm()}
        onChange={(e) => setOn(e.target.value)}
      />
    </ActionForm>
  );
}

// ---------------------------------------------------------------- follow-up

type GoalRow = { status: GoalEvaluationStatus | ''; note: string };
type InterventionRow = { status: InterventionEvaluationStatus | ''; reason: string; note: string };

/**
 * A follow-up meeting: every goal and every intervention of the current version evaluated, a
 * decision, and the next date (or the closing outcome). The domain's rules (validateFollowUp)
 * check it before it is sent.
 */
export function FollowUpForm({ sip, onCancel, onDone }: ActionProps) {
  const { t } = useSipT();
  const record = useRecordFollowUp(sip.id);
  const formRef = useRef<HTMLFormElement>(null);
  const plan = sip.plan as SipPlan;
  const [heldOn, setHeldOn] = useState(todayInStockholm());
  const [goals, setGoals] = useState<GoalRow[]>(plan.goals.map(() => ({ status: '', note: '' })));
  const [interventions, setInterventions] = useState<InterventionRow[]>(
    plan.interventions.map(() => ({ status: '', reason: '', note: '' })),
  );
  const [decision, setDecision] = useState<FollowUpDecision | ''>('');
  const [nextFollowUpOn, setNext] = useState('');
  const [outcome, setOutcome] = useState<CloseOutcome | ''>('');
  const [closeNote, setCloseNote] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const labels = (path: string): string => {
    const g = /^goals\[(\d+)\]/.exec(path);
    if (g) return t('followUp.goalLabel', { text: plan.goals[Number(g[1])]?.text ?? '' });
    const i = /^interventions\[(\d+)\]/.exec(path);
    if (i)
      return t('followUp.interventionLabel', {
        text: plan.interventions[Number(i[1])]?.description ?? '',
      });
    return t(`followUp.labels.${path}`, { defaultValue: path });
  };

  const message = (path: string, domainMessage: string): string => {
    if (/\.status$/.test(path)) return t('followUp.errors.chooseStatus');
    if (path === 'decision') return t('followUp.errors.decision');
    if (path === 'heldOn')
      return domainMessage.startsWith('a meeting') ? t('form.dateFuture') : t('form.dateInvalid');
    return sipFieldMessage(t, domainMessage);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const evaluation = {
      heldOn,
      planVersion: sip.version,
      goals: plan.goals.map((g, i) => ({
        goalId: g.id,
        status: goals[i]!.status as GoalEvaluationStatus,
        note: goals[i]!.note.trim() || null,
      })),
      interventions: plan.interventions.map((iv, i) => ({
        interventionId: iv.id,
        status: interventions[i]!.status as InterventionEvaluationStatus,
        reason: interventions[i]!.reason.trim() || null,
        note: interventions[i]!.note.trim() || null,
      })),
      decision: decision as FollowUpDecision,
      nextFollowUpOn: nextFollowUpOn || null,
    };
    const next: Errors = {};
    const check = validateFollowUp(evaluation, plan, {
      planVersion: sip.version,
      today: todayInStockholm(),
    });
    if (!check.ok)
      for (const e of check.errors) if (!next[e.path]) next[e.path] = message(e.path, e.message);
    if (decision === 'close' && !outcome) next.closeOutcome = t('followUp.errors.outcome');
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      setTimeout(() => focusPath(formRef.current, first));
      return;
    }
    record.mutate(
      {
        heldOn,
        planVersion: sip.version,
        goals: evaluation.goals.map((g) => ({
          goalId: g.goalId,
          status: g.status,
          ...(g.note ? { note: g.note } : {}),
        })),
        interventions: evaluation.interventions.map((iv) => ({
          interventionId: iv.interventionId,
          status: iv.status,
          ...(iv.reason ? { reason: iv.reason } : {}),
          ...(iv.note ? { note: iv.note } : {}),
        })),
        decision: decision as FollowUpDecision,
        ...(decision !== 'close' && nextFollowUpOn ? { nextFollowUpOn } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(decision === 'close' && outcome ? { closeOutcome: outcome } : {}),
        ...(decision === 'close' && closeNote.trim() ? { closeNote: closeNote.trim() } : {}),
      },
      {
        onSuccess: () =>
          onDone(decision === 'close' ? t('followUp.doneClosed') : t('followUp.done')),
        onError: (error) => {
          if (!isApiError(error)) return;
          const e: Errors = {};
          for (const f of error.fieldErrors) if (!e[f.path]) e[f.path] = message(f.path, f.message);
          setErrors(e);
          const first = Object.keys(e)[0];
          if (first) setTimeout(() => focusPath(formRef.current, first));
        },
      },
    );
  };

  return (
    <ActionForm
      id="follow-up"
      title={t('followUp.title')}
      intro={<p>{t('followUp.intro', { version: sip.version })}</p>}
      submitLabel={t('followUp.submit')}
      pending={record.isPending}
      error={Object.keys(errors).length ? null : record.error}
      formRef={formRef}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <ConsentNotice sip={sip} />
      <ErrorSummary errors={errors} labels={labels} root={() => formRef.current} />
      <TextField
        type="date"
        className="field-date"
        label={t('followUp.heldOn')}
        value={heldOn}
        error={errors.heldOn}
        data-path="heldOn"
        min={sip.proposedOn}
        max={todayInStockholm()}
        required
        onChange={(e) => setHeldOn(e.target.value)}
      />

      <h4>{t('followUp.goalsHeading')}</h4>
      {plan.goals.length === 0 && <p className="muted">{t('followUp.noGoals')}</p>}
      {plan.goals.map((g, i) => {
        const row = goals[i]!;
        const set = (patch: Partial<GoalRow>) =>
          setGoals((x) => x.map((r, j) => (j === i ? { ...r, ...patch } : r)));
        const needsNote = row.status === 'partly' || row.status === 'not-achieved';
        return (
          <fieldset key={g.id} className="plan-item evaluation">
            <legend>{t('followUp.goalLabel', { text: g.text })}</legend>
            <div data-path={`goals[${i}].status`}>
              <ChoiceGroup
                type="radio"
                name={`goal-status-${g.id}`}
                label={t('followUp.goalStatus')}
                inline
                options={GOAL_EVALUATION_STATUSES.map((s) => ({
                  value: s,
                  label: t(`goalStatus.${s}`),
                }))}
                value={row.status ? [row.status] : []}
                error={errors[`goals[${i}].status`]}
                onChange={([s]) => set({ status: s ?? '' })}
              />
            </div>
            <TextAreaField
              label={needsNote ? t('followUp.goalNoteRequired') : t('followUp.goalNote')}
              rows={2}
              value={row.note}
              error={errors[`goals[${i}].note`]}
              data-path={`goals[${i}].note`}
              requiredMark={needsNote}
              onChange={(e) => set({ note: e.target.value })}
            />
          </fieldset>
        );
      })}

      <h4>{t('followUp.interventionsHeading')}</h4>
      {plan.interventions.length === 0 && <p className="muted">{t('followUp.noInterventions')}</p>}
      {plan.interventions.map((iv, i) => {
        const row = interventions[i]!;
        const set = (patch: Partial<InterventionRow>) =>
          setInterventions((x) => x.map((r, j) => (j === i ? { ...r, ...patch } : r)));
        return (
          <fieldset key={iv.id} className="plan-item evaluation">
            <legend>{t('followUp.interventionLabel', { text: iv.description })}</legend>
            <div data-path={`interventions[${i}].status`}>
              <ChoiceGroup
                type="radio"
                name={`intervention-status-${iv.id}`}
                label={t('followUp.interventionStatus')}
                inline
                options={INTERVENTION_EVALUATION_STATUSES.map((s) => ({
                  value: s,
                  label: t(`interventionStatus.${s}`),
                }))}
                value={row.status ? [row.status] : []}
                error={errors[`interventions[${i}].status`]}
                onChange={([s]) => set({ status: s ?? '' })}
              />
            </div>
            {row.status === 'not-started' && (
              <TextAreaField
                label={t('followUp.reason')}
                rows={2}
                value={row.reason}
                error={errors[`interventions[${i}].reason`]}
                data-path={`interventions[${i}].reason`}
                requiredMark
                onChange={(e) => set({ reason: e.target.value })}
              />
            )}
            <TextAreaField
              label={t('followUp.interventionNote')}
              rows={2}
              value={row.note}
              onChange={(e) => set({ note: e.target.value })}
            />
          </fieldset>
        );
      })}

      <h4>{t('followUp.decisionHeading')}</h4>
      <div data-path="decision">
        <ChoiceGroup
          type="radio"
          name="follow-up-decision"
          label={t('followUp.decision')}
          options={(['continue', 'revise', 'close'] as const).map((d) => ({
            value: d,
            label: t(`decision.${d}`),
            hint: t(`decisionHint.${d}`),
          }))}
          value={decision ? [decision] : []}
          error={errors.decision}
          onChange={([d]) => setDecision(d ?? '')}
        />
      </div>
      {decision !== 'close' ? (
        <TextField
          type="date"
          className="field-date"
          label={t('followUp.nextFollowUpOn')}
          value={nextFollowUpOn}
          error={errors.nextFollowUpOn}
          data-path="nextFollowUpOn"
          min={todayInStockholm()}
          required
          onChange={(e) => setNext(e.target.value)}
        />
      ) : (
        <>
          <SelectField
            label={t('close.outcome')}
            value={outcome}
            error={errors.closeOutcome}
            data-path="closeOutcome"
            required
            onChange={(e) => setOutcome(e.target.value as CloseOutcome | '')}
          >
            <option value="">{t('common.choose')}</option>
            {CLOSE_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcomes.${o}`)}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label={t('close.note')}
            value={closeNote}
            onChange={(e) => setCloseNote(e.target.value)}
          />
        </>
      )}
      <TextAreaField
        label={t('followUp.note')}
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
    </ActionForm>
  );
}

// ---------------------------------------------------------------- close, refuse, withdraw

export function CloseForm({ sip, onCancel, onDone }: ActionProps) {
  const { t } = useSipT();
  const close = useCloseSip(sip.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [outcome, setOutcome] = useState<CloseOutcome | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = outcome ? {} : { outcome: t('close.errors.outcome') };
    setErrors(next);
    if (!outcome) {
      setTimeout(() => focusPath(formRef.current, 'outcome'));
      return;
    }
    close.mutate(
      { outcome, ...(note.trim() ? { note: note.trim() } : {}) },
      { onSuccess: () => onDone(t('close.done')) },
    );
  };

  return (
    <ActionForm
      id="close"
      title={t('close.title')}
      intro={<p>{t('close.intro')}</p>}
      submitLabel={t('close.submit')}
      pending={close.isPending}
      error={close.error}
      formRef={formRef}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <ErrorSummary
        errors={errors}
        labels={() => t('close.outcome')}
        root={() => formRef.current}
      />
      <div data-path="outcome">
        <ChoiceGroup
          type="radio"
          name="close-outcome"
          label={t('close.outcome')}
          requiredMark
          options={CLOSE_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
          value={outcome ? [outcome] : []}
          error={errors.outcome}
          onChange={([o]) => setOutcome(o ?? '')}
        />
      </div>
      <TextAreaField
        label={t('close.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
    </ActionForm>
  );
}

export function ReasonForm({
  sip,
  how,
  onCancel,
  onDone,
}: ActionProps & { how: 'refuse' | 'withdraw' }) {
  const { t } = useSipT();
  const end = useEndSip(sip.id, how);
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = reason.trim() ? {} : { reason: t(`${how}.errors.reason`) };
    setErrors(next);
    if (!reason.trim()) {
      setTimeout(() => focusPath(formRef.current, 'reason'));
      return;
    }
    end.mutate({ reason: reason.trim() }, { onSuccess: () => onDone(t(`${how}.done`)) });
  };

  return (
    <ActionForm
      id={how}
      title={t(`${how}.title`)}
      intro={<p>{t(`${how}.intro`)}</p>}
      submitLabel={t(`${how}.submit`)}
      tone="danger"
      pending={end.isPending}
      error={end.error}
      formRef={formRef}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <ErrorSummary
        errors={errors}
        labels={() => t(`${how}.reason`)}
        root={() => formRef.current}
      />
      <TextAreaField
        label={t(`${how}.reason`)}
        value={reason}
        error={errors.reason}
        data-path="reason"
        required
        onChange={(e) => setReason(e.target.value)}
      />
    </ActionForm>
  );
}
