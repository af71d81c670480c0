import { useRef, useState, type FormEvent } from 'react';
import type { Person } from '@vardflata/contracts';
import { CheckboxField, ChoiceGroup, TextField } from '../../components/Field';
import { StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { dateError, focusFirstInvalid, serverFieldErrors } from './formHelpers';
import { AssessmentForm, FormActions, SavedPanel, type Errors } from './FormParts';
import { useScreeningsT } from './i18n';
import { useResultText } from './labels';
import { PersonPage } from './PersonPage';
import { useRecordLifestyle } from './queries';
import { LIFESTYLE_AREAS, type Assessment, type LifestyleArea, type LifestyleUse } from './types';

const USES: readonly LifestyleUse[] = ['no', 'yes', 'declined'];

interface AreaState {
  use: LifestyleUse | '';
  adviceGiven: boolean;
  note: string;
}

const emptyAreas = (): Record<LifestyleArea, AreaState> => ({
  alcohol: { use: '', adviceGiven: false, note: '' },
  drugs: { use: '', adviceGiven: false, note: '' },
  tobacco: { use: '', adviceGiven: false, note: '' },
  gambling: { use: '', adviceGiven: false, note: '' },
});

/** The lifestyle questions at a new visit: use of alcohol, drugs, tobacco and gambling, and advice. */
export function LifestyleFormPage() {
  const { t } = useScreeningsT();
  return (
    <PersonPage title={t('lifestyle.title')}>
      {(person) => <LifestyleForm person={person} />}
    </PersonPage>
  );
}

function LifestyleForm({ person }: { person: Person }) {
  const { t } = useScreeningsT();
  const today = todayInStockholm();
  const record = useRecordLifestyle(person.id);
  const describe = useResultText(person.sex);
  const formRef = useRef<HTMLFormElement>(null);
  const [askedOn, setAskedOn] = useState(today);
  const [areas, setAreas] = useState(emptyAreas);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<Assessment | null>(null);

  const paths = ['askedOn', ...LIFESTYLE_AREAS.flatMap((a) => [`${a}.use`, `${a}.note`])];
  const label = (path: string) => {
    if (path === 'askedOn') return t('lifestyle.askedOn');
    const [area, field] = path.split('.');
    return `${t(`lifestyle.areas.${area}`)} – ${t(`lifestyle.fields.${field}`, { defaultValue: field })}`;
  };
  const update = (area: LifestyleArea, change: Partial<AreaState>) =>
    setAreas((current) => ({ ...current, [area]: { ...current[area], ...change } }));

  const show = (next: Errors) => {
    setErrors(next);
    focusFirstInvalid(
      formRef.current,
      paths.filter((p) => next[p]),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    const date = dateError(t, askedOn, today);
    if (date) next.askedOn = date;
    for (const area of LIFESTYLE_AREAS)
      if (!areas[area].use) next[`${area}.use`] = t('form.chooseOne');
    if (Object.keys(next).length) return show(next);
    setErrors({});
    const body = (area: LifestyleArea) => ({
      use: areas[area].use as LifestyleUse,
      adviceGiven: areas[area].adviceGiven,
      ...(areas[area].note.trim() ? { note: areas[area].note.trim() } : {}),
    });
    record.mutate(
      {
        askedOn,
        alcohol: body('alcohol'),
        drugs: body('drugs'),
        tobacco: body('tobacco'),
        gambling: body('gambling'),
      },
      { onSuccess: setSaved, onError: (error) => show(serverFieldErrors(t, error, 'askedOn')) },
    );
  };

  if (saved) {
    return (
      <>
        <StatusMessage>{t('saved.message')}</StatusMessage>
        <SavedPanel
          heading={t('lifestyle.savedHeading', { date: formatDate(saved.performedOn) })}
          personId={person.id}
          anchor="#timeline-heading"
          againLabel={t('lifestyle.again')}
          onAgain={() => {
            setSaved(null);
            setAreas(emptyAreas());
            record.reset();
          }}
        >
          <p>
            {describe({
              id: saved.id,
              kind: 'lifestyle',
              on: saved.performedOn,
              summary: saved.result,
              flagged: false,
              organisationName: saved.organisationName,
            })}
          </p>
        </SavedPanel>
      </>
    );
  }

  return (
    <AssessmentForm
      formRef={formRef}
      id="lifestyle"
      section="lifestyle"
      errors={errors}
      labels={label}
      problem={record.isError ? record.error : null}
      shownFields={paths}
      onSubmit={submit}
    >
      <TextField
        type="date"
        name="askedOn"
        data-path="askedOn"
        label={t('lifestyle.askedOn')}
        className="field-medium"
        max={today}
        required
        value={askedOn}
        error={errors.askedOn}
        onChange={(e) => setAskedOn(e.target.value)}
      />
      {LIFESTYLE_AREAS.map((area) => {
        const state = areas[area];
        return (
          <fieldset key={area} className="area-fieldset">
            <legend className="area-legend">{t(`lifestyle.areas.${area}`)}</legend>
            <div className="lifestyle-area">
              <div data-path={`${area}.use`}>
                <ChoiceGroup<LifestyleUse>
                  type="radio"
                  name={`${area}-use`}
                  inline
                  requiredMark
                  label={t(`lifestyle.questions.${area}`)}
                  options={USES.map((value) => ({ value, label: t(`lifestyle.uses.${value}`) }))}
                  value={state.use ? [state.use] : []}
                  error={errors[`${area}.use`]}
                  onChange={(v) => update(area, { use: v[0] ?? '' })}
                />
              </div>
              <CheckboxField
                name={`${area}-advice`}
                label={t('lifestyle.adviceGiven')}
                hint={
                  state.use === 'yes' && !state.adviceGiven ? t('lifestyle.adviceHint') : undefined
                }
                checked={state.adviceGiven}
                onChange={(e) => update(area, { adviceGiven: e.target.checked })}
              />
              <TextField
                name={`${area}-note`}
                data-path={`${area}.note`}
                label={t('lifestyle.fields.note')}
                maxLength={1000}
                value={state.note}
                error={errors[`${area}.note`]}
                onChange={(e) => update(area, { note: e.target.value })}
              />
            </div>
          </fieldset>
        );
      })}
      <FormActions
        pending={record.isPending}
        saveLabel={t('lifestyle.save')}
        personId={person.id}
      />
    </AssessmentForm>
  );
}
