import { useState } from 'react';
import {
  GOAL_EVALUATION_STATUSES,
  INTERVENTION_EVALUATION_STATUSES,
  validateFollowUp,
  type CloseOutcome,
  type FollowUpDecision,
  type GoalEvaluationStatus,
  type InterventionEvaluationStatus,
  type SipPlan,
} from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { todayInStockholm } from '../../lib/format';
import {
  ActDateField,
  ActionForm,
  CloseOutcomeFields,
  ConsentNotice,
  type ActionProps,
} from './ActionForm';
import { sipFieldMessage } from './errors';
import { EvaluationFieldset, type EvaluationRow } from './EvaluationFieldset';
import { useSipT } from './i18n';
import { useRecordFollowUp } from './queries';

type GoalRow = EvaluationRow<GoalEvaluationStatus>;
type InterventionRow = EvaluationRow<InterventionEvaluationStatus>;

const replaceAt = <T,>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, i) => (i === index ? { ...item, ...patch } : item));

/**
 * A follow-up meeting: every goal and every intervention of the current version evaluated, a
 * decision, and the next date (or the closing outcome). The domain's rules (validateFollowUp)
 * check it before it is sent; the server checks it again with the same rules.
 */
export function FollowUpForm({ sip, onCancel, onDone }: ActionProps) {
  const { t } = useSipT();
  const record = useRecordFollowUp(sip.id);
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
  const closing = decision === 'close';

  /** The domain's and the server's messages, in the words of this form. */
  const message = (path: string, domainMessage: string): string => {
    if (/\.status$/.test(path)) return t('followUp.errors.chooseStatus');
    if (path === 'decision') return t('followUp.errors.decision');
    if (path === 'heldOn')
      return domainMessage.startsWith('a meeting') ? t('form.dateFuture') : t('form.dateInvalid');
    return sipFieldMessage(t, domainMessage);
  };

  const evaluation = () => ({
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
      reason: interventions[i]!.reason?.trim() || null,
      note: interventions[i]!.note.trim() || null,
    })),
    decision: decision as FollowUpDecision,
    nextFollowUpOn: nextFollowUpOn || null,
  });

  const check = (): Errors => {
    const found: Errors = {};
    const result = validateFollowUp(evaluation(), plan, {
      planVersion: sip.version,
      today: todayInStockholm(),
    });
    if (!result.ok) for (const e of result.errors) found[e.path] ??= message(e.path, e.message);
    if (closing && !outcome) found.closeOutcome = t('followUp.errors.outcome');
    return found;
  };

  const send = () => {
    const e = evaluation();
    return record.mutateAsync({
      heldOn,
      planVersion: sip.version,
      goals: e.goals.map((g) => ({
        goalId: g.goalId,
        status: g.status,
        ...(g.note ? { note: g.note } : {}),
      })),
      interventions: e.interventions.map((iv) => ({
        interventionId: iv.interventionId,
        status: iv.status,
        ...(iv.reason ? { reason: iv.reason } : {}),
        ...(iv.note ? { note: iv.note } : {}),
      })),
      decision: e.decision,
      ...(!closing && nextFollowUpOn ? { nextFollowUpOn } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(closing && outcome ? { closeOutcome: outcome } : {}),
      ...(closing && closeNote.trim() ? { closeNote: closeNote.trim() } : {}),
    });
  };

  const form = useFormSubmit({
    check,
    send,
    server: { message: (m, path) => message(path, m) },
    onSuccess: () => onDone(closing ? t('followUp.doneClosed') : t('followUp.done')),
  });

  return (
    <ActionForm
      id="follow-up"
      form={form}
      title={t('followUp.title')}
      intro={<p>{t('followUp.intro', { version: sip.version })}</p>}
      submitLabel={t('followUp.submit')}
      onCancel={onCancel}
    >
      <ConsentNotice sip={sip} />
      <ActDateField
        sip={sip}
        path="heldOn"
        label={t('followUp.heldOn')}
        value={heldOn}
        set={setHeldOn}
      />

      <h4>{t('followUp.goalsHeading')}</h4>
      {plan.goals.length === 0 && <p className="muted">{t('followUp.noGoals')}</p>}
      {plan.goals.map((g, i) => {
        const row = goals[i]!;
        const needsNote = row.status === 'partly' || row.status === 'not-achieved';
        return (
          <EvaluationFieldset
            key={g.id}
            legend={t('followUp.goalLabel', { text: g.text })}
            path={`goals[${i}]`}
            name={`goal-status-${g.id}`}
            statusLabel={t('followUp.goalStatus')}
            options={GOAL_EVALUATION_STATUSES.map((s) => ({
              value: s,
              label: t(`goalStatus.${s}`),
            }))}
            row={row}
            texts={[
              {
                field: 'note',
                label: needsNote ? t('followUp.goalNoteRequired') : t('followUp.goalNote'),
                required: needsNote,
              },
            ]}
            onChange={(patch) => setGoals((x) => replaceAt(x, i, patch))}
          />
        );
      })}

      <h4>{t('followUp.interventionsHeading')}</h4>
      {plan.interventions.length === 0 && <p className="muted">{t('followUp.noInterventions')}</p>}
      {plan.interventions.map((iv, i) => {
        const row = interventions[i]!;
        return (
          <EvaluationFieldset
            key={iv.id}
            legend={t('followUp.interventionLabel', { text: iv.description })}
            path={`interventions[${i}]`}
            name={`intervention-status-${iv.id}`}
            statusLabel={t('followUp.interventionStatus')}
            options={INTERVENTION_EVALUATION_STATUSES.map((s) => ({
              value: s,
              label: t(`interventionStatus.${s}`),
            }))}
            row={row}
            texts={[
              ...(row.status === 'not-started'
                ? [{ field: 'reason' as const, label: t('followUp.reason'), required: true }]
                : []),
              { field: 'note', label: t('followUp.interventionNote') },
            ]}
            onChange={(patch) => setInterventions((x) => replaceAt(x, i, patch))}
          />
        );
      })}

      <h4>{t('followUp.decisionHeading')}</h4>
      <Form.Choices
        type="radio"
        name="follow-up-decision"
        path="decision"
        label={t('followUp.decision')}
        options={(['continue', 'revise', 'close'] as const).map((d) => ({
          value: d,
          label: t(`decision.${d}`),
          hint: t(`decisionHint.${d}`),
        }))}
        value={decision ? [decision] : []}
        onChange={([d]) => setDecision(d ?? '')}
      />
      {!closing ? (
        <Form.Date
          path="nextFollowUpOn"
          label={t('followUp.nextFollowUpOn')}
          value={nextFollowUpOn}
          min={todayInStockholm()}
          minMessage={t('serverErrors.notPast')}
          required
          onChange={(e) => setNext(e.target.value)}
        />
      ) : (
        <CloseOutcomeFields
          paths={{ outcome: 'closeOutcome', note: 'closeNote' }}
          outcome={outcome}
          setOutcome={setOutcome}
          note={closeNote}
          setNote={setCloseNote}
        />
      )}
      <Form.TextArea
        path="note"
        label={t('followUp.note')}
        limit={8000}
        {...bindValue(note, setNote)}
      />
    </ActionForm>
  );
}
