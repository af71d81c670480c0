import { useRef, useState } from 'react';
import {
  HANDOVER_TAG,
  INTERVENTION_KINDS,
  type Goal,
  type Intervention,
  type SipPlan,
} from '@vardflata/domain';
import { bindValue, Form } from '../../components/form';
import { useOrganisations } from '../../lib/organisations';
import { newId, type KnownStaff } from './helpers';
import { useSipT } from './i18n';
import { RemoveButton, replaceAt, useFocusAdded, type UpdatePlan } from './PlanFields';
import { StaffPicker } from './StaffPicker';

const OTHER_PERSON = '__other';
const STAFF_PERSON = '__staff';

const newIntervention = (id: string): Intervention => ({
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
});

/** Item 2 of the plan: each intervention, who gives it and who answers for it. */
export function InterventionsEditor({
  plan,
  setPlan,
  staff,
}: {
  plan: SipPlan;
  setPlan: UpdatePlan;
  staff: readonly KnownStaff[];
}) {
  const { t } = useSipT();
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAdded = useFocusAdded();

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
          onChange={(next) =>
            setPlan((p) => ({ ...p, interventions: replaceAt(p.interventions, index, next) }))
          }
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
          setPlan((p) => ({ ...p, interventions: [...p.interventions, newIntervention(id)] }));
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
  onChange,
  onRemove,
}: {
  index: number;
  intervention: Intervention;
  goals: readonly Goal[];
  staff: readonly KnownStaff[];
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
  const set = (patch: Partial<Intervention>) => onChange({ ...iv, ...patch });

  const setUnit = (unitId: string) => {
    const org = principalOrgs.find((o) => o.units.some((u) => u.id === unitId));
    set({ unitId: unitId || null, organisationId: unitId ? (org?.id ?? null) : null });
  };
  const setResponsible = (mode: string) => {
    setResponsibleMode(mode);
    if (!mode) set({ responsible: null });
    else if (mode === OTHER_PERSON)
      set({ responsible: { staffId: null, name: iv.responsible?.name ?? '' } });
    else if (!iv.responsible?.staffId) set({ responsible: null });
  };

  return (
    <Form.Fieldset
      path={at}
      label={t('plan.interventions.legend', { number: index + 1 })}
      className="plan-item"
      group
    >
      <Form.TextArea
        id={`field-${iv.id}`}
        path={`${at}.description`}
        label={t('plan.interventions.description')}
        rows={2}
        limit={4000}
        value={iv.description}
        onChange={(e) => set({ description: e.target.value })}
      />
      <Form.Choices
        type="radio"
        name={`principal-${iv.id}`}
        path={`${at}.principal`}
        label={t('plan.interventions.principal')}
        inline
        options={(['municipality', 'region', 'other'] as const).map((p) => ({
          value: p,
          label: t(`principal.${p}`),
        }))}
        value={[iv.principal]}
        onChange={([p = iv.principal]) =>
          set({
            principal: p,
            organisationId: null,
            unitId: null,
            otherActor: p === 'other' ? (iv.otherActor ?? '') : null,
          })
        }
      />
      <div className="field-row">
        {iv.principal === 'other' ? (
          <Form.Text
            path={`${at}.otherActor`}
            label={t('plan.interventions.otherActor')}
            hint={t('plan.interventions.otherActorHint')}
            value={iv.otherActor ?? ''}
            onChange={(e) => set({ otherActor: e.target.value })}
          />
        ) : (
          <Form.Select
            path={`${at}.unitId`}
            label={t('plan.interventions.unit')}
            value={iv.unitId ?? ''}
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
          </Form.Select>
        )}
        <div>
          <Form.Select
            path={`${at}.responsible`}
            label={t('plan.interventions.responsible')}
            {...bindValue(responsibleMode, setResponsible)}
          >
            <option value="">{t('plan.interventions.responsibleNone')}</option>
            <option value={STAFF_PERSON}>{t('plan.interventions.responsibleStaff')}</option>
            <option value={OTHER_PERSON}>{t('plan.interventions.responsibleOther')}</option>
          </Form.Select>
          {responsibleMode === STAFF_PERSON && (
            <StaffPicker
              path={`${at}.responsible.staffId`}
              label={t('plan.interventions.responsibleSearch')}
              selected={iv.responsible?.staffId ? iv.responsible : null}
              suggestions={staff}
              onSelect={(s) => set({ responsible: { staffId: s.staffId, name: s.name } })}
              onClear={() => set({ responsible: null })}
            />
          )}
          {responsibleMode === OTHER_PERSON && (
            <Form.Text
              path={`${at}.responsible.name`}
              label={t('plan.interventions.responsibleName')}
              value={iv.responsible?.name ?? ''}
              onChange={(e) => set({ responsible: { staffId: null, name: e.target.value } })}
            />
          )}
        </div>
      </div>
      {goals.length > 0 && (
        <Form.Choices
          type="checkbox"
          name={`goals-${iv.id}`}
          path={`${at}.goalIds`}
          label={t('plan.interventions.goals')}
          options={goals.map((g, gi) => ({
            value: g.id,
            label: g.text.trim() || t('plan.goals.legend', { number: gi + 1 }),
          }))}
          value={iv.goalIds}
          onChange={(goalIds) => set({ goalIds })}
        />
      )}
      <div className="field-row">
        <Form.Select
          path={`${at}.kind`}
          label={t('plan.interventions.kind')}
          value={iv.kind ?? ''}
          onChange={(e) => set({ kind: e.target.value || null })}
        >
          <option value="">{t('plan.interventions.kindNone')}</option>
          {INTERVENTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </Form.Select>
        <Form.Date
          path={`${at}.startOn`}
          label={t('plan.interventions.startOn')}
          value={iv.startOn ?? ''}
          onChange={(e) => set({ startOn: e.target.value || null })}
        />
        <Form.Date
          path={`${at}.endOn`}
          label={t('plan.interventions.endOn')}
          value={iv.endOn ?? ''}
          min={iv.startOn ?? undefined}
          minMessage={t('serverErrors.endsBeforeStart')}
          onChange={(e) => set({ endOn: e.target.value || null })}
        />
      </div>
      <Form.Checkbox
        id={`handover-${iv.id}`}
        label={t('plan.interventions.handover')}
        hint={t('plan.interventions.handoverHint')}
        checked={tags.includes(HANDOVER_TAG)}
        onChange={(e) =>
          set({
            tags: e.target.checked
              ? [...tags, HANDOVER_TAG]
              : tags.filter((x) => x !== HANDOVER_TAG),
          })
        }
      />
      <RemoveButton label={t('plan.interventions.remove')} number={index + 1} onClick={onRemove} />
    </Form.Fieldset>
  );
}
