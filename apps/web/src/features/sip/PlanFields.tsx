import { useEffect, useRef, type ReactNode } from 'react';
import type { MeasureByOthers, SipPlan } from '@vardflata/domain';
import { Form } from '../../components/form';
import { newId } from './helpers';
import { useSipT } from './i18n';

export type UpdatePlan = (update: (plan: SipPlan) => SipPlan) => void;

/** Focus goes to the first field of a goal or intervention the user has just added. */
export function useFocusAdded() {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const element = pending.current && document.getElementById(`field-${pending.current}`);
    if (element) {
      pending.current = null;
      element.focus();
    }
  });
  return (id: string) => {
    pending.current = id;
  };
}

export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

/** A numbered part of the plan with the law's item it answers. */
export function PlanPart({
  id,
  title,
  law,
  children,
}: {
  id: string;
  title: string;
  law?: string;
  children: ReactNode;
}) {
  return (
    <section className="plan-part" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {law && <p className="plan-law">{law}</p>}
      {children}
    </section>
  );
}

/** "Remove goal 2": the list's own button, its number said to screen readers. */
export function RemoveButton({
  label,
  number,
  onClick,
}: {
  label: string;
  number: number;
  onClick: () => void;
}) {
  return (
    <button type="button" className="button button-small" onClick={onClick}>
      {label}
      <span className="visually-hidden"> {number}</span>
    </button>
  );
}

// ---------------------------------------------------------------- goals

export function GoalsEditor({ plan, setPlan }: { plan: SipPlan; setPlan: UpdatePlan }) {
  const { t } = useSipT();
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAdded = useFocusAdded();
  const remove = (index: number) => {
    setPlan((p) => {
      const goal = p.goals[index];
      return {
        ...p,
        goals: p.goals.filter((_, i) => i !== index),
        interventions: p.interventions.map((iv) => ({
          ...iv,
          goalIds: iv.goalIds.filter((id) => id !== goal?.id),
        })),
      };
    });
    addRef.current?.focus();
  };

  return (
    <div id="plan-goals" tabIndex={-1} className="plan-list">
      {plan.goals.length === 0 && <p className="muted">{t('plan.goals.none')}</p>}
      {plan.goals.map((goal, index) => {
        const at = `goals[${index}]`;
        const update = (patch: Partial<typeof goal>) =>
          setPlan((p) => ({ ...p, goals: replaceAt(p.goals, index, { ...goal, ...patch }) }));
        return (
          <Form.Fieldset
            key={goal.id}
            path={at}
            label={t('plan.goals.legend', { number: index + 1 })}
            className="plan-item goal-item"
            group
          >
            <Form.TextArea
              id={`field-${goal.id}`}
              path={`${at}.text`}
              className="goal-text"
              label={t('plan.goals.text')}
              rows={2}
              limit={2000}
              value={goal.text}
              onChange={(e) => update({ text: e.target.value })}
            />
            <div className="goal-side">
              <Form.Choices
                type="radio"
                name={`horizon-${goal.id}`}
                path={`${at}.horizon`}
                label={t('plan.goals.horizon')}
                options={(['short', 'long'] as const).map((h) => ({
                  value: h,
                  label: t(`horizon.${h}`),
                }))}
                value={[goal.horizon]}
                onChange={([h]) => update({ horizon: h ?? goal.horizon })}
              />
              <RemoveButton
                label={t('plan.goals.remove')}
                number={index + 1}
                onClick={() => remove(index)}
              />
            </div>
          </Form.Fieldset>
        );
      })}
      <button
        ref={addRef}
        type="button"
        className="button"
        onClick={() => {
          const id = newId();
          focusAdded(id);
          setPlan((p) => ({
            ...p,
            goals: [...p.goals, { id, text: '', horizon: p.goals.length ? 'long' : 'short' }],
          }));
        }}
      >
        {t('plan.goals.add')}
      </button>
    </div>
  );
}

// ---------------------------------------------------------------- measures by others

export function MeasuresEditor({ plan, setPlan }: { plan: SipPlan; setPlan: UpdatePlan }) {
  const { t } = useSipT();
  const update = (index: number, m: MeasureByOthers) =>
    setPlan((p) => ({ ...p, measuresByOthers: replaceAt(p.measuresByOthers, index, m) }));
  const addRef = useRef<HTMLButtonElement>(null);
  const contradiction = plan.measuresByOthersNone && plan.measuresByOthers.length > 0;

  return (
    <div id="plan-measures" tabIndex={-1} className="plan-list">
      <Form.Checkbox
        id="plan-measures-none"
        path="measuresByOthersNone"
        label={t('plan.measures.none')}
        hint={t('plan.measures.noneHint')}
        error={contradiction ? t('plan.measures.contradiction') : undefined}
        checked={plan.measuresByOthersNone}
        onChange={(e) => setPlan((p) => ({ ...p, measuresByOthersNone: e.target.checked }))}
      />
      {plan.measuresByOthers.map((m, index) => {
        const at = `measuresByOthers[${index}]`;
        return (
          <Form.Fieldset
            key={index}
            path={at}
            label={t('plan.measures.legend', { number: index + 1 })}
            className="plan-item"
            group
          >
            <div className="field-row">
              <Form.Text
                id={`measure-${index}-actor`}
                path={`${at}.actor`}
                label={t('plan.measures.actor')}
                hint={t('plan.measures.actorHint')}
                list="sip-other-actors"
                value={m.actor}
                onChange={(e) => update(index, { ...m, actor: e.target.value })}
              />
              <Form.TextArea
                path={`${at}.description`}
                label={t('plan.measures.description')}
                rows={2}
                limit={2000}
                value={m.description}
                onChange={(e) => update(index, { ...m, description: e.target.value })}
              />
            </div>
            <RemoveButton
              label={t('plan.measures.remove')}
              number={index + 1}
              onClick={() => {
                setPlan((p) => ({
                  ...p,
                  measuresByOthers: p.measuresByOthers.filter((_, i) => i !== index),
                }));
                addRef.current?.focus();
              }}
            />
          </Form.Fieldset>
        );
      })}
      <button
        ref={addRef}
        type="button"
        className="button"
        onClick={() => {
          const index = plan.measuresByOthers.length;
          setPlan((p) => ({
            ...p,
            measuresByOthersNone: false,
            measuresByOthers: [...p.measuresByOthers, { actor: '', description: '' }],
          }));
          setTimeout(() => document.getElementById(`measure-${index}-actor`)?.focus());
        }}
      >
        {t('plan.measures.add')}
      </button>
    </div>
  );
}

/** Common actors outside region and municipality, offered while typing. */
export function OtherActorSuggestions() {
  const { t } = useSipT();
  const actors = t('otherActors', { returnObjects: true }) as unknown;
  return (
    <datalist id="sip-other-actors">
      {Array.isArray(actors) && actors.map((a) => <option key={String(a)} value={String(a)} />)}
    </datalist>
  );
}
