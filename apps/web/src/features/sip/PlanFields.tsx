import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  HANDOVER_TAG,
  INTERVENTION_KINDS,
  type Goal,
  type Intervention,
  type MeasureByOthers,
  type SipPlan,
} from '@vardflata/domain';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { useOrganisations } from '../../lib/organisations';
import { newId, type KnownStaff } from './helpers';
import { useSipT } from './i18n';
import { StaffPicker } from './StaffPicker';

export type PlanErrors = Record<string, string>;
type Update = (update: (plan: SipPlan) => SipPlan) => void;

const OTHER_PERSON = '__other';
const STAFF_PERSON = '__staff';

/** Focus goes to the first field of a goal or intervention the user has just added. */
function useFocusAdded() {
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

function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
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

// ---------------------------------------------------------------- goals

export function GoalsEditor({
  plan,
  setPlan,
  errors,
}: {
  plan: SipPlan;
  setPlan: Update;
  errors: PlanErrors;
}) {
  const { t } = useSipT();
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAdded = useFocusAdded();
  const update = (index: number, goal: Goal) =>
    setPlan((p) => ({ ...p, goals: replaceAt(p.goals, index, goal) }));
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
      {plan.goals.map((goal, index) => (
        <fieldset key={goal.id} className="plan-item goal-item" data-path={`goals[${index}]`}>
          <legend>{t('plan.goals.legend', { number: index + 1 })}</legend>
          <TextAreaField
            id={`field-${goal.id}`}
            className="goal-text"
            label={t('plan.goals.text')}
            rows={2}
            value={goal.text}
            error={errors[`goals[${index}].text`]}
            data-path={`goals[${index}].text`}
            onChange={(e) => update(index, { ...goal, text: e.target.value })}
          />
          <div className="goal-side">
            <fieldset className="field choice-group">
              <legend className="field-label">{t('plan.goals.horizon')}</legend>
              <div className="choices">
                {(['short', 'long'] as const).map((h) => (
                  <div className="check" key={h}>
                    <input
                      type="radio"
                      id={`horizon-${goal.id}-${h}`}
                      name={`horizon-${goal.id}`}
                      checked={goal.horizon === h}
                      onChange={() => update(index, { ...goal, horizon: h })}
                    />
                    <label htmlFor={`horizon-${goal.id}-${h}`}>{t(`horizon.${h}`)}</label>
                  </div>
                ))}
              </div>
            </fieldset>
            <button type="button" className="button button-small" onClick={() => remove(index)}>
              {t('plan.goals.remove')}
              <span className="visually-hidden"> {index + 1}</span>
            </button>
          </div>
        </fieldset>
      ))}
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

// ---------------------------------------------------------------- interventions

export function InterventionsEditor({
  plan,
  setPlan,
  errors,
  staff,
}: {
  plan: SipPlan;
  setPlan: Update;
  errors: PlanErrors;
  staff: readonly KnownStaff[];
}) {
  const { t } = useSipT();
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAdded = useFocusAdded();
  const update = (index: number, iv: Intervention) =>
    setPlan((p) => ({ ...p, interventions: replaceAt(p.interventions, index, iv) }));

  return (
    <div id="plan-interventions" tabIndex={-1} className="plan-list">
      {plan.interventions.length === 0 && <p className="muted">{t('plan.interventions.none')}</p>}
      {plan.interventions.map((iv, index) => (
        <InterventionItem
          key={iv.id}
          index={index}
          intervention={iv}
          goals={plan.goals}
          staff={staff}
          errors={errors}
          onChange={(next) => update(index, next)}
          onRemove={() => {
            setPlan((p) => ({
              ...p,
              interventions: p.interventions.filter((_, i) => i !== index),
            }));
            addRef.current?.focus();
          }}
        />
      ))}
      <button
        ref={addRef}
        type="button"
        className="button"
        onClick={() => {
          const id = newId();
          focusAdded(id);
          setPlan((p) => ({
            ...p,
            interventions: [
              ...p.interventions,
              {
                id,
                description: '',
                principal: 'municipality',
                organisationId: null,
                unitId: null,
                otherActor: null,
                responsible: null,
                goalIds: [],
                kind: null,
                tags: [],
                startOn: null,
                endOn: null,
              },
            ],
          }));
        }}
      >
        {t('plan.interventions.add')}
      </button>
    </div>
  );
}

function InterventionItem({
  index,
  intervention: iv,
  goals,
  staff,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  intervention: Intervention;
  goals: readonly Goal[];
  staff: readonly KnownStaff[];
  errors: PlanErrors;
  onChange: (iv: Intervention) => void;
  onRemove: () => void;
}) {
  const { t } = useSipT();
  const organisations = useOrganisations();
  const at = `interventions[${index}]`;
  const principalOrgs = (organisations.data ?? []).filter((o) => o.kind === iv.principal);
  // Staff by account (chosen with the picker) or, for people outside the system, a name.
  const [responsibleMode, setResponsibleMode] = useState(
    iv.responsible ? (iv.responsible.staffId ? STAFF_PERSON : OTHER_PERSON) : '',
  );
  const tags = iv.tags ?? [];

  const setUnit = (unitId: string) => {
    const org = principalOrgs.find((o) => o.units.some((u) => u.id === unitId));
    onChange({ ...iv, unitId: unitId || null, organisationId: unitId ? (org?.id ?? null) : null });
  };

  return (
    <fieldset className="plan-item" data-path={at}>
      <legend>{t('plan.interventions.legend', { number: index + 1 })}</legend>
      <TextAreaField
        id={`field-${iv.id}`}
        label={t('plan.interventions.description')}
        rows={2}
        value={iv.description}
        error={errors[`${at}.description`]}
        data-path={`${at}.description`}
        onChange={(e) => onChange({ ...iv, description: e.target.value })}
      />
      <fieldset className="field choice-group choice-inline" data-path={`${at}.principal`}>
        <legend className="field-label">{t('plan.interventions.principal')}</legend>
        <div className="choices">
          {(['municipality', 'region', 'other'] as const).map((p) => (
            <div className="check" key={p}>
              <input
                type="radio"
                id={`principal-${iv.id}-${p}`}
                name={`principal-${iv.id}`}
                checked={iv.principal === p}
                onChange={() =>
                  onChange({
                    ...iv,
                    principal: p,
                    organisationId: null,
                    unitId: null,
                    otherActor: p === 'other' ? (iv.otherActor ?? '') : null,
                  })
                }
              />
              <label htmlFor={`principal-${iv.id}-${p}`}>{t(`principal.${p}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        {iv.principal === 'other' ? (
          <TextField
            label={t('plan.interventions.otherActor')}
            hint={t('plan.interventions.otherActorHint')}
            value={iv.otherActor ?? ''}
            error={errors[`${at}.otherActor`]}
            data-path={`${at}.otherActor`}
            onChange={(e) => onChange({ ...iv, otherActor: e.target.value })}
          />
        ) : (
          <SelectField
            label={t('plan.interventions.unit')}
            value={iv.unitId ?? ''}
            error={errors[`${at}.unitId`] ?? errors[`${at}.organisationId`]}
            data-path={`${at}.unitId`}
            onChange={(e) => setUnit(e.target.value)}
          >
            <option value="">{t('common.choose')}</option>
            {principalOrgs.map((o) => (
              <optgroup key={o.id} label={o.name}>
                {o.units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        )}
        <div>
          <SelectField
            label={t('plan.interventions.responsible')}
            value={responsibleMode}
            data-path={`${at}.responsible`}
            error={
              responsibleMode === STAFF_PERSON ? undefined : errors[`${at}.responsible.staffId`]
            }
            onChange={(e) => {
              const value = e.target.value;
              setResponsibleMode(value);
              if (!value) onChange({ ...iv, responsible: null });
              else if (value === OTHER_PERSON)
                onChange({
                  ...iv,
                  responsible: { staffId: null, name: iv.responsible?.name ?? '' },
                });
              else if (!iv.responsible?.staffId) onChange({ ...iv, responsible: null });
            }}
          >
            <option value="">{t('plan.interventions.responsibleNone')}</option>
            <option value={STAFF_PERSON}>{t('plan.interventions.responsibleStaff')}</option>
            <option value={OTHER_PERSON}>{t('plan.interventions.responsibleOther')}</option>
          </SelectField>
          {responsibleMode === STAFF_PERSON && (
            <StaffPicker
              label={t('plan.interventions.responsibleSearch')}
              selected={iv.responsible?.staffId ? iv.responsible : null}
              suggestions={staff}
              error={errors[`${at}.responsible.staffId`]}
              onSelect={(s) =>
                onChange({ ...iv, responsible: { staffId: s.staffId, name: s.name } })
              }
              onClear={() => onChange({ ...iv, responsible: null })}
            />
          )}
          {responsibleMode === OTHER_PERSON && (
            <TextField
              label={t('plan.interventions.responsibleName')}
              value={iv.responsible?.name ?? ''}
              onChange={(e) =>
                onChange({ ...iv, responsible: { staffId: null, name: e.target.value } })
              }
            />
          )}
        </div>
      </div>
      {goals.length > 0 && (
        <fieldset className="field choice-group" data-path={`${at}.goalIds`}>
          <legend className="field-label">{t('plan.interventions.goals')}</legend>
          <div className="choices">
            {goals.map((g, gi) => (
              <CheckboxField
                key={g.id}
                id={`goal-${iv.id}-${g.id}`}
                label={g.text.trim() || t('plan.goals.legend', { number: gi + 1 })}
                checked={iv.goalIds.includes(g.id)}
                onChange={(e) =>
                  onChange({
                    ...iv,
                    goalIds: e.target.checked
                      ? [...iv.goalIds, g.id]
                      : iv.goalIds.filter((id) => id !== g.id),
                  })
                }
              />
            ))}
          </div>
        </fieldset>
      )}
      <div className="field-row">
        <SelectField
          label={t('plan.interventions.kind')}
          value={iv.kind ?? ''}
          onChange={(e) => onChange({ ...iv, kind: e.target.value || null })}
        >
          <option value="">{t('plan.interventions.kindNone')}</option>
          {INTERVENTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          type="date"
          className="field-date"
          label={t('plan.interventions.startOn')}
          value={iv.startOn ?? ''}
          error={errors[`${at}.startOn`]}
          data-path={`${at}.startOn`}
          onChange={(e) => onChange({ ...iv, startOn: e.target.value || null })}
        />
        <TextField
          type="date"
          className="field-date"
          label={t('plan.interventions.endOn')}
          value={iv.endOn ?? ''}
          error={errors[`${at}.endOn`]}
          data-path={`${at}.endOn`}
          onChange={(e) => onChange({ ...iv, endOn: e.target.value || null })}
        />
      </div>
      <CheckboxField
        id={`handover-${iv.id}`}
        label={t('plan.interventions.handover')}
        hint={t('plan.interventions.handoverHint')}
        checked={tags.includes(HANDOVER_TAG)}
        onChange={(e) =>
          onChange({
            ...iv,
            tags: e.target.checked
              ? [...tags, HANDOVER_TAG]
              : tags.filter((x) => x !== HANDOVER_TAG),
          })
        }
      />
      <button type="button" className="button button-small" onClick={onRemove}>
        {t('plan.interventions.remove')}
        <span className="visually-hidden"> {index + 1}</span>
      </button>
    </fieldset>
  );
}

// ---------------------------------------------------------------- measures by others

export function MeasuresEditor({
  plan,
  setPlan,
  errors,
}: {
  plan: SipPlan;
  setPlan: Update;
  errors: PlanErrors;
}) {
  const { t } = useSipT();
  const update = (index: number, m: MeasureByOthers) =>
    setPlan((p) => ({ ...p, measuresByOthers: replaceAt(p.measuresByOthers, index, m) }));
  const addRef = useRef<HTMLButtonElement>(null);
  const contradiction = plan.measuresByOthersNone && plan.measuresByOthers.length > 0;

  return (
    <div id="plan-measures" tabIndex={-1} className="plan-list">
      <CheckboxField
        id="plan-measures-none"
        label={t('plan.measures.none')}
        hint={t('plan.measures.noneHint')}
        checked={plan.measuresByOthersNone}
        data-path="measuresByOthersNone"
        onChange={(e) => setPlan((p) => ({ ...p, measuresByOthersNone: e.target.checked }))}
      />
      {contradiction && (
        <p className="field-error">
          <span aria-hidden="true">⚠ </span>
          {t('plan.measures.contradiction')}
        </p>
      )}
      {plan.measuresByOthers.map((m, index) => (
        <fieldset key={index} className="plan-item" data-path={`measuresByOthers[${index}]`}>
          <legend>{t('plan.measures.legend', { number: index + 1 })}</legend>
          <div className="field-row">
            <TextField
              id={`measure-${index}-actor`}
              label={t('plan.measures.actor')}
              hint={t('plan.measures.actorHint')}
              list="sip-other-actors"
              value={m.actor}
              error={errors[`measuresByOthers[${index}].actor`]}
              onChange={(e) => update(index, { ...m, actor: e.target.value })}
            />
            <TextAreaField
              label={t('plan.measures.description')}
              rows={2}
              value={m.description}
              error={errors[`measuresByOthers[${index}].description`]}
              onChange={(e) => update(index, { ...m, description: e.target.value })}
            />
          </div>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setPlan((p) => ({
                ...p,
                measuresByOthers: p.measuresByOthers.filter((_, i) => i !== index),
              }));
              addRef.current?.focus();
            }}
          >
            {t('plan.measures.remove')}
            <span className="visually-hidden"> {index + 1}</span>
          </button>
        </fieldset>
      ))}
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
