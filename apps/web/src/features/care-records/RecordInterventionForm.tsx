import { useEffect, useId, useRef, useState } from 'react';
import {
  CHILDREN_ANSWERS,
  CIRCLE_LABELS,
  INTERVENTION_CATEGORIES,
  INTERVENTION_LABELS,
  INTERVENTION_SETTINGS,
  LEGAL_FORMS,
  methodsOf,
  type ChildrenAnswer,
  type InterventionCategory,
  type InterventionMethod,
  type InterventionSetting,
  type LegalForm,
} from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { todayInStockholm } from '../../lib/format';
import { useMe } from '../auth/session';
import { useCareT } from './i18n';
import { useRecordIntervention } from './queries';

/** A new intervention (F5) that the caller's organisation answers for, at the caller's unit. */
export function RecordInterventionForm({
  personId,
  onCancel,
  onDone,
}: {
  personId: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t, text } = useCareT();
  const me = useMe();
  const record = useRecordIntervention(personId);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [category, setCategory] = useState<InterventionCategory | ''>('');
  const [method, setMethod] = useState<InterventionMethod | ''>('');
  const [methodNote, setMethodNote] = useState('');
  const [setting, setSetting] = useState<InterventionSetting | ''>('individual');
  const [legalForm, setLegalForm] = useState<LegalForm | ''>('voluntary');
  const [responsible, setResponsible] = useState(me.name);
  const [reference, setReference] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [startOn, setStartOn] = useState(todayInStockholm());
  const [plannedEndOn, setPlannedEndOn] = useState('');
  const [childrenQuestion, setChildrenQuestion] = useState<ChildrenAnswer | ''>('');
  const methods = category ? methodsOf(category) : [];

  const form = useFormSubmit({
    check: () => {
      const found: Errors = {};
      if (!category) found.category = t('interventions.errors.category');
      if (methods.length > 0 && !method) found.method = t('interventions.errors.method');
      if (!setting) found.setting = t('interventions.errors.setting');
      if (!legalForm) found.legalForm = t('interventions.errors.legalForm');
      if (!responsible.trim()) found['responsible.name'] = t('interventions.errors.responsible');
      if (reference.trim() && !decidedOn.trim())
        found['decision.decidedOn'] = t('interventions.errors.decidedOn');
      return found;
    },
    send: () =>
      record.mutateAsync({
        category: category as InterventionCategory,
        method: methods.length > 0 ? (method as InterventionMethod) : null,
        methodNote: methodNote.trim() || null,
        setting: setting as InterventionSetting,
        legalForm: legalForm as LegalForm,
        responsible: { staffId: responsible === me.name ? me.id : null, name: responsible.trim() },
        decision: reference.trim()
          ? { reference: reference.trim(), decidedOn: decidedOn.trim() }
          : null,
        startOn: startOn.trim(),
        plannedEndOn: plannedEndOn.trim() || null,
        childrenQuestion: childrenQuestion || null,
      }),
    onSuccess: onDone,
  });

  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('interventions.recordHeading')}
      </h3>
      <Form.Alerts />
      <Form.Choices<InterventionCategory>
        type="radio"
        name="category"
        path="category"
        requiredMark
        label={t('interventions.fields.category')}
        hint={t('interventions.fields.categoryHint')}
        options={INTERVENTION_CATEGORIES.map((value) => ({
          value,
          label: text(INTERVENTION_LABELS.category[value]),
        }))}
        value={category ? [category] : []}
        onChange={(v) => {
          setCategory(v[0] ?? '');
          setMethod('');
        }}
      />
      {methods.length > 0 && (
        <Form.Select
          path="method"
          label={t('interventions.fields.method')}
          required
          {...bindValue(method, (v) => setMethod(v as InterventionMethod | ''))}
        >
          <option value="">{t('common.choose')}</option>
          {methods.map((m) => (
            <option key={m} value={m}>
              {text(INTERVENTION_LABELS.method[m])}
            </option>
          ))}
        </Form.Select>
      )}
      <Form.Text
        path="methodNote"
        label={t('interventions.fields.methodNote')}
        maxLength={500}
        {...bindValue(methodNote, setMethodNote)}
      />
      <Form.Choices<InterventionSetting>
        type="radio"
        name="setting"
        path="setting"
        inline
        requiredMark
        label={t('interventions.fields.setting')}
        options={INTERVENTION_SETTINGS.map((value) => ({
          value,
          label: text(INTERVENTION_LABELS.setting[value]),
        }))}
        value={setting ? [setting] : []}
        onChange={(v) => setSetting(v[0] ?? '')}
      />
      <Form.Choices<LegalForm>
        type="radio"
        name="legalForm"
        path="legalForm"
        inline
        requiredMark
        label={t('interventions.fields.legalForm')}
        options={LEGAL_FORMS.map((value) => ({
          value,
          label: text(INTERVENTION_LABELS.legalForm[value]),
        }))}
        value={legalForm ? [legalForm] : []}
        onChange={(v) => setLegalForm(v[0] ?? '')}
      />
      <Form.Text
        path="responsible.name"
        label={t('interventions.fields.responsible')}
        required
        maxLength={200}
        {...bindValue(responsible, setResponsible)}
      />
      <div className="field-row">
        <Form.Text
          path="decision.reference"
          label={t('interventions.fields.decisionReference')}
          maxLength={200}
          {...bindValue(reference, setReference)}
        />
        <Form.Date
          path="decision.decidedOn"
          label={t('interventions.fields.decidedOn')}
          {...bindValue(decidedOn, setDecidedOn)}
        />
      </div>
      <div className="field-row">
        <Form.Date
          path="startOn"
          label={t('interventions.fields.startOn')}
          required
          {...bindValue(startOn, setStartOn)}
        />
        <Form.Date
          path="plannedEndOn"
          label={t('interventions.fields.plannedEndOn')}
          {...bindValue(plannedEndOn, setPlannedEndOn)}
        />
      </div>
      <Form.Choices<ChildrenAnswer>
        type="radio"
        name="childrenQuestion"
        path="childrenQuestion"
        label={t('interventions.fields.childrenQuestion')}
        hint={t('interventions.fields.childrenQuestionHint')}
        options={CHILDREN_ANSWERS.map((value) => ({
          value,
          label: text(CIRCLE_LABELS.answer[value]),
        }))}
        value={childrenQuestion ? [childrenQuestion] : []}
        onChange={(v) => setChildrenQuestion(v[0] ?? '')}
      />
      <Form.Actions submitLabel={t('interventions.submit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}
