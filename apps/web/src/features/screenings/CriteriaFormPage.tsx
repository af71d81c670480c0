import { useState } from 'react';
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
import { bindValue, Form, useFormSubmit, type Choice, type Errors } from '../../components/form';
import { StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { AssessmentForm, assessmentServerErrors, SavedPanel, visitDateRule } from './FormParts';
import { useScreeningsT } from './i18n';
import { criteriaOutcomeText, useLabels } from './labels';
import { useAssessments, useRecordCriteria } from './queries';
import type { Assessment, CriteriaData, CriteriaResult } from './types';

const CHECKLIST_ORDER: readonly ChecklistId[] = [
  'icd10-dependence',
  'dsm5-substance-use-disorder',
  'dsm4',
  'dsm5-gambling-disorder',
];

/** A dependence criteria checklist (ICD-10, DSM-IV, DSM-5) for one substance class. */
export function CriteriaForm({ person }: { person: Person }) {
  const { t, text } = useScreeningsT();
  const labels = useLabels();
  const today = todayInStockholm();
  const record = useRecordCriteria(person.id);
  const history = useAssessments(person.id, 'criteria');
  const [substanceClass, setSubstanceClass] = useState<SubstanceClassId | ''>('');
  const [checklist, setChecklist] = useState<ChecklistId | ''>('');
  const [met, setMet] = useState<string[]>([]);
  const [dependenceMet, setDependenceMet] = useState<string[]>([]);
  const [abuseMet, setAbuseMet] = useState<string[]>([]);
  const [solely, setSolely] = useState(false);
  const [assessedOn, setAssessedOn] = useState(today);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<Assessment | null>(null);

  const cls = SUBSTANCE_CLASSES.find((s) => s.id === substanceClass);
  const checklists = cls ? CHECKLIST_ORDER.filter((c) => cls.checklists.includes(c)) : [];
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

  const form = useFormSubmit({
    check: () => {
      const found: Errors = {};
      if (!substanceClass) found.substanceClass = t('form.chooseOne');
      if (!checklist) found.checklist = t('form.chooseOne');
      return found;
    },
    // Criterion errors name the index (met[3]); they are shown at the checklist.
    server: assessmentServerErrors(t, 'assessedOn', (p) => p.replace(/\[\d+\]$/, '')),
    send: () => {
      const c = checklist as ChecklistId;
      return record.mutateAsync({
        checklist: c,
        substanceClass: substanceClass as SubstanceClassId,
        assessedOn,
        ...(c === 'dsm4' ? { dependenceMet, abuseMet } : { met }),
        ...(c === 'dsm5-substance-use-disorder' ? { solelyUnderMedicalSupervision: solely } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
    },
    onSuccess: setSaved,
  });

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
      form={form}
      id="criteria"
      section="criteria"
      personId={person.id}
      note={{
        path: 'note',
        label: t('criteria.fields.note'),
        limit: 4000,
        value: note,
        set: setNote,
      }}
      saveLabel={t('criteria.save')}
    >
      <div className="field-row">
        <Form.Select
          path="substanceClass"
          label={t('criteria.fields.substanceClass')}
          required
          value={substanceClass}
          onChange={(e) => chooseClass(e.target.value as SubstanceClassId | '')}
        >
          <option value="">{t('common.choose')}</option>
          {SUBSTANCE_CLASSES.map((s) => (
            <option key={s.id} value={s.id}>
              {text(s.label)}
            </option>
          ))}
        </Form.Select>
        <Form.Date
          path="assessedOn"
          label={t('criteria.fields.assessedOn')}
          {...visitDateRule(t)}
          {...bindValue(assessedOn, setAssessedOn)}
        />
      </div>
      <Form.Choices<ChecklistId>
        type="radio"
        name="checklist"
        path="checklist"
        requiredMark
        label={t('criteria.fields.checklist')}
        hint={cls ? undefined : t('criteria.chooseClassFirst')}
        options={checklists.map((c) => ({
          value: c,
          label: labels.checklist(c),
          hint: t(`criteria.checklistRules.${c}`),
        }))}
        value={checklist ? [checklist] : []}
        onChange={(v) => chooseChecklist(v[0] ?? '')}
      />

      {checklist && (
        <div className="criteria-layout">
          <div className="criteria-lists">
            <p className="field-hint">{t('criteria.twelveMonths')}</p>
            {checklist === 'icd10-dependence' && (
              <CriteriaList
                path="met"
                label={text(ICD10_DEPENDENCE.name)}
                options={options(ICD10_DEPENDENCE.criteria)}
                value={met}
                onChange={setMet}
              />
            )}
            {checklist === 'dsm4' && (
              <>
                <CriteriaList
                  path="dependenceMet"
                  label={text(DSM4_DEPENDENCE.name)}
                  options={options(DSM4_DEPENDENCE.criteria)}
                  value={dependenceMet}
                  onChange={setDependenceMet}
                />
                <CriteriaList
                  path="abuseMet"
                  label={text(DSM4_ABUSE.name)}
                  hint={t('criteria.abuseHint')}
                  options={options(DSM4_ABUSE.criteria)}
                  value={abuseMet}
                  onChange={setAbuseMet}
                />
              </>
            )}
            {checklist === 'dsm5-substance-use-disorder' && (
              <>
                <Form.Checkbox
                  name="solelyUnderMedicalSupervision"
                  label={t('criteria.solely')}
                  hint={t('criteria.solelyHint')}
                  checked={solely}
                  onChange={(e) => setSolely(e.target.checked)}
                />
                <CriteriaList
                  path="met"
                  label={text(DSM5_SUBSTANCE_USE_DISORDER.name)}
                  hint={
                    cls && !cls.dsm5Withdrawal
                      ? t('criteria.noWithdrawal', { substance: text(cls.label) })
                      : undefined
                  }
                  options={options(dsm5Criteria, supervisionHints)}
                  value={met}
                  onChange={setMet}
                />
              </>
            )}
            {checklist === 'dsm5-gambling-disorder' && (
              <CriteriaList
                path="met"
                label={text(DSM5_GAMBLING_DISORDER.name)}
                options={options(DSM5_GAMBLING_DISORDER.criteria)}
                value={met}
                onChange={setMet}
              />
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
    </AssessmentForm>
  );
}

/** One checklist of criteria as checkboxes; the path names the list in errors (`met`). */
function CriteriaList({
  path,
  ...props
}: {
  path: 'met' | 'dependenceMet' | 'abuseMet';
  label: string;
  hint?: string | undefined;
  options: readonly Choice<string>[];
  value: string[];
  onChange: (value: string[]) => void;
}) {
  return <Form.Choices<string> type="checkbox" name={path} path={path} {...props} />;
}
