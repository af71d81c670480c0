import { useRef, useState, type FormEvent } from 'react';
import type { Person } from '@vardflata/contracts';
import {
  DSM4_ABUSE,
  DSM4_DEPENDENCE,
  DSM5_GAMBLING_DISORDER,
  DSM5_MEDICAL_SUPERVISION_EXCLUDED,
  DSM5_SUBSTANCE_USE_DISORDER,
  ICD10_DEPENDENCE,
  SUBSTANCE_CLASSES,
  evaluateDsm4,
  evaluateDsm5SubstanceUseDisorder,
  evaluateGamblingDisorder,
  evaluateIcd10Dependence,
  type ChecklistId,
  type Criterion,
  type SubstanceClassId,
} from '@vardflata/domain';
import {
  CheckboxField,
  ChoiceGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/Field';
import { StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { dateError, focusFirstInvalid, serverFieldErrors } from './formHelpers';
import { AssessmentForm, FormActions, SavedPanel, type Errors } from './FormParts';
import { useScreeningsT } from './i18n';
import { criteriaOutcomeText, useLabels } from './labels';
import { PersonPage } from './PersonPage';
import { useAssessments, useRecordCriteria } from './queries';
import type { Assessment, CriteriaData, CriteriaResult } from './types';

const CHECKLIST_ORDER: readonly ChecklistId[] = [
  'icd10-dependence',
  'dsm5-substance-use-disorder',
  'dsm4',
  'dsm5-gambling-disorder',
];

/** A dependence criteria checklist (ICD-10, DSM-IV, DSM-5) for one substance class. */
export function CriteriaFormPage() {
  const { t } = useScreeningsT();
  return (
    <PersonPage title={t('criteria.title')}>
      {(person) => <CriteriaForm person={person} />}
    </PersonPage>
  );
}

function CriteriaForm({ person }: { person: Person }) {
  const { t, text } = useScreeningsT();
  const labels = useLabels();
  const today = todayInStockholm();
  const record = useRecordCriteria(person.id);
  const history = useAssessments(person.id, 'criteria');
  const formRef = useRef<HTMLFormElement>(null);
  const [substanceClass, setSubstanceClass] = useState<SubstanceClassId | ''>('');
  const [checklist, setChecklist] = useState<ChecklistId | ''>('');
  const [met, setMet] = useState<string[]>([]);
  const [dependenceMet, setDependenceMet] = useState<string[]>([]);
  const [abuseMet, setAbuseMet] = useState<string[]>([]);
  const [solely, setSolely] = useState(false);
  const [assessedOn, setAssessedOn] = useState(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<Assessment | null>(null);

  const cls = SUBSTANCE_CLASSES.find((s) => s.id === substanceClass);
  const checklists = cls ? CHECKLIST_ORDER.filter((c) => cls.checklists.includes(c)) : [];
  const paths = [
    'substanceClass',
    'checklist',
    'assessedOn',
    'met',
    'dependenceMet',
    'abuseMet',
    'note',
  ];
  const label = (path: string) =>
    t(`criteria.fields.${path.replace(/\[\d+\]$/, '')}`, { defaultValue: path });

  // DSM-IV abuse is assessed only if dependence was never met for the class (earlier checklists).
  const dependenceEverMet = (history.data ?? []).some((a) => {
    const data = a.data as unknown as CriteriaData;
    const result = a.result as unknown as CriteriaResult;
    return (
      data.checklist === 'dsm4' &&
      data.substanceClass === substanceClass &&
      typeof result.dependence === 'object' &&
      result.dependence.met
    );
  });

  const dsm5Criteria = DSM5_SUBSTANCE_USE_DISORDER.criteria.filter(
    (c) => c.id !== 'withdrawal' || (cls?.dsm5Withdrawal ?? true),
  );

  const chooseClass = (value: SubstanceClassId | '') => {
    setSubstanceClass(value);
    const next = SUBSTANCE_CLASSES.find((s) => s.id === value);
    if (!next) return setChecklist('');
    if (next.checklists.length === 1) setChecklist(next.checklists[0]!);
    else if (checklist && !next.checklists.includes(checklist)) setChecklist('');
    if (!next.dsm5Withdrawal) setMet((m) => m.filter((id) => id !== 'withdrawal'));
  };

  const chooseChecklist = (value: ChecklistId | '') => {
    setChecklist(value);
    setMet([]);
    setDependenceMet([]);
    setAbuseMet([]);
    setSolely(false);
  };

  const outcome = (() => {
    switch (checklist) {
      case 'icd10-dependence':
        return evaluateIcd10Dependence(met);
      case 'dsm4':
        return evaluateDsm4({ dependenceMet, abuseMet, dependenceEverMet });
      case 'dsm5-substance-use-disorder':
        return evaluateDsm5SubstanceUseDisorder(met, {
          solelyUnderMedicalSupervision: solely,
          ...(cls ? { substanceClass: cls.id } : {}),
        });
      case 'dsm5-gambling-disorder':
        return evaluateGamblingDisorder(met);
      default:
        return null;
    }
  })();

  const show = (next: Errors) => {
    setErrors(next);
    focusFirstInvalid(
      formRef.current,
      paths.filter((p) => Object.keys(next).some((k) => k === p || k.startsWith(`${p}[`))),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    if (!substanceClass) next.substanceClass = t('form.chooseOne');
    if (!checklist) next.checklist = t('form.chooseOne');
    const date = dateError(t, assessedOn, today);
    if (date) next.assessedOn = date;
    if (Object.keys(next).length) return show(next);
    setErrors({});
    const c = checklist as ChecklistId;
    record.mutate(
      {
        checklist: c,
        substanceClass: substanceClass as SubstanceClassId,
        assessedOn,
        ...(c === 'dsm4' ? { dependenceMet, abuseMet } : { met }),
        ...(c === 'dsm5-substance-use-disorder' ? { solelyUnderMedicalSupervision: solely } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: setSaved,
        onError: (error) => {
          const server = serverFieldErrors(t, error, 'assessedOn');
          // Criterion errors name the index (met[3]); they are shown at the checklist.
          const folded: Errors = {};
          for (const [path, message] of Object.entries(server))
            folded[path.replace(/\[\d+\]$/, '')] ??= message;
          show(folded);
        },
      },
    );
  };

  if (saved) {
    const data = saved.data as unknown as CriteriaData;
    return (
      <>
        <StatusMessage>{t('saved.message')}</StatusMessage>
        <SavedPanel
          heading={t('criteria.savedHeading', { date: formatDate(saved.performedOn) })}
          personId={person.id}
          anchor="#timeline-heading"
          againLabel={t('criteria.again')}
          onAgain={() => {
            setSaved(null);
            chooseChecklist('');
            setSubstanceClass('');
            setNote('');
            record.reset();
          }}
        >
          <p>
            {labels.checklist(data.checklist)} · {labels.substance(data.substanceClass)}:{' '}
            <strong>{criteriaOutcomeText(t, saved.result as unknown as CriteriaResult)}</strong>
          </p>
        </SavedPanel>
      </>
    );
  }

  const options = (criteria: readonly Criterion[], hints: Record<string, string> = {}) =>
    criteria.map((c) => ({
      value: c.id,
      label: text(c.text),
      ...(hints[c.id] ? { hint: hints[c.id] } : {}),
    }));
  const supervisionHints: Record<string, string> = solely
    ? Object.fromEntries(
        DSM5_MEDICAL_SUPERVISION_EXCLUDED.map((id) => [id, t('criteria.notCountedHint')]),
      )
    : {};

  return (
    <AssessmentForm
      formRef={formRef}
      id="criteria"
      section="criteria"
      errors={errors}
      labels={label}
      problem={record.isError ? record.error : null}
      shownFields={paths}
      onSubmit={submit}
    >
      <div className="field-row">
        <SelectField
          name="substanceClass"
          data-path="substanceClass"
          label={t('criteria.fields.substanceClass')}
          required
          value={substanceClass}
          error={errors.substanceClass}
          onChange={(e) => chooseClass(e.target.value as SubstanceClassId | '')}
        >
          <option value="">{t('common.choose')}</option>
          {SUBSTANCE_CLASSES.map((s) => (
            <option key={s.id} value={s.id}>
              {text(s.label)}
            </option>
          ))}
        </SelectField>
        <TextField
          type="date"
          name="assessedOn"
          data-path="assessedOn"
          label={t('criteria.fields.assessedOn')}
          max={today}
          required
          value={assessedOn}
          error={errors.assessedOn}
          onChange={(e) => setAssessedOn(e.target.value)}
        />
      </div>
      <div data-path="checklist">
        <ChoiceGroup<ChecklistId>
          type="radio"
          name="checklist"
          requiredMark
          label={t('criteria.fields.checklist')}
          hint={cls ? undefined : t('criteria.chooseClassFirst')}
          options={checklists.map((c) => ({
            value: c,
            label: labels.checklist(c),
            hint: t(`criteria.checklistRules.${c}`),
          }))}
          value={checklist ? [checklist] : []}
          error={errors.checklist}
          onChange={(v) => chooseChecklist(v[0] ?? '')}
        />
      </div>

      {checklist && (
        <div className="criteria-layout">
          <div className="criteria-lists">
            <p className="field-hint">{t('criteria.twelveMonths')}</p>
            {checklist === 'icd10-dependence' && (
              <div data-path="met">
                <ChoiceGroup<string>
                  type="checkbox"
                  name="met"
                  label={text(ICD10_DEPENDENCE.name)}
                  options={options(ICD10_DEPENDENCE.criteria)}
                  value={met}
                  error={errors.met}
                  onChange={setMet}
                />
              </div>
            )}
            {checklist === 'dsm4' && (
              <>
                <div data-path="dependenceMet">
                  <ChoiceGroup<string>
                    type="checkbox"
                    name="dependenceMet"
                    label={text(DSM4_DEPENDENCE.name)}
                    options={options(DSM4_DEPENDENCE.criteria)}
                    value={dependenceMet}
                    error={errors.dependenceMet}
                    onChange={setDependenceMet}
                  />
                </div>
                <div data-path="abuseMet">
                  <ChoiceGroup<string>
                    type="checkbox"
                    name="abuseMet"
                    label={text(DSM4_ABUSE.name)}
                    hint={t('criteria.abuseHint')}
                    options={options(DSM4_ABUSE.criteria)}
                    value={abuseMet}
                    error={errors.abuseMet}
                    onChange={setAbuseMet}
                  />
                </div>
              </>
            )}
            {checklist === 'dsm5-substance-use-disorder' && (
              <>
                <CheckboxField
                  name="solelyUnderMedicalSupervision"
                  label={t('criteria.solely')}
                  hint={t('criteria.solelyHint')}
                  checked={solely}
                  onChange={(e) => setSolely(e.target.checked)}
                />
                <div data-path="met">
                  <ChoiceGroup<string>
                    type="checkbox"
                    name="met"
                    label={text(DSM5_SUBSTANCE_USE_DISORDER.name)}
                    hint={
                      cls && !cls.dsm5Withdrawal
                        ? t('criteria.noWithdrawal', { substance: text(cls.label) })
                        : undefined
                    }
                    options={options(dsm5Criteria, supervisionHints)}
                    value={met}
                    error={errors.met}
                    onChange={setMet}
                  />
                </div>
              </>
            )}
            {checklist === 'dsm5-gambling-disorder' && (
              <div data-path="met">
                <ChoiceGroup<string>
                  type="checkbox"
                  name="met"
                  label={text(DSM5_GAMBLING_DISORDER.name)}
                  options={options(DSM5_GAMBLING_DISORDER.criteria)}
                  value={met}
                  error={errors.met}
                  onChange={setMet}
                />
              </div>
            )}
          </div>
          <aside
            className="score-panel"
            aria-labelledby="criteria-result-heading"
            data-testid="criteria-result"
          >
            <h3 id="criteria-result-heading">{t('criteria.resultHeading')}</h3>
            <p role="status" className="score-live">
              {outcome?.ok ? criteriaOutcomeText(t, outcome as CriteriaResult) : ''}
            </p>
            {outcome?.ok && 'abuse' in outcome && !outcome.abuse.applicable && (
              <p className="small">
                {outcome.dependence.met
                  ? t('criteria.abuseNotApplicableNow')
                  : t('criteria.abuseNotApplicableEver')}
              </p>
            )}
            {outcome?.ok && 'notCounted' in outcome && outcome.notCounted.length > 0 && (
              <p className="small">
                {t('criteria.notCounted', { count: outcome.notCounted.length })}
              </p>
            )}
            <p className="small">{t(`criteria.checklistRules.${checklist}`)}</p>
          </aside>
        </div>
      )}

      <TextAreaField
        name="note"
        data-path="note"
        label={t('criteria.fields.note')}
        maxLength={4000}
        value={note}
        error={errors.note}
        onChange={(e) => setNote(e.target.value)}
      />
      <FormActions pending={record.isPending} saveLabel={t('criteria.save')} personId={person.id} />
    </AssessmentForm>
  );
}
