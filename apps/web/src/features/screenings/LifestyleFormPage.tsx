import { useState } from 'react';
import type { Person } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { AssessmentForm, assessmentServerErrors, SavedPanel, visitDateRule } from './FormParts';
import { useScreeningsT } from './i18n';
import { useResultText } from './labels';
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
export function LifestyleForm({ person }: { person: Person }) {
  const { t } = useScreeningsT();
  const today = todayInStockholm();
  const record = useRecordLifestyle(person.id);
  const describe = useResultText(person.sex);
  const [askedOn, setAskedOn] = useState(today);
  const [areas, setAreas] = useState(emptyAreas);
  const [saved, setSaved] = useState<Assessment | null>(null);

  const update = (area: LifestyleArea, change: Partial<AreaState>) =>
    setAreas((current) => ({ ...current, [area]: { ...current[area], ...change } }));
  const body = (area: LifestyleArea) => ({
    use: areas[area].use as LifestyleUse,
    adviceGiven: areas[area].adviceGiven,
    ...(areas[area].note.trim() ? { note: areas[area].note.trim() } : {}),
  });
  const form = useFormSubmit({
    check: () => {
      const found: Errors = {};
      for (const area of LIFESTYLE_AREAS)
        if (!areas[area].use) found[`${area}.use`] = t('form.chooseOne');
      return found;
    },
    server: assessmentServerErrors(t, 'askedOn'),
    send: () =>
      record.mutateAsync({
        askedOn,
        alcohol: body('alcohol'),
        drugs: body('drugs'),
        tobacco: body('tobacco'),
        gambling: body('gambling'),
      }),
    onSuccess: setSaved,
  });

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
      form={form}
      id="lifestyle"
      section="lifestyle"
      personId={person.id}
      saveLabel={t('lifestyle.save')}
    >
      <Form.Date
        path="askedOn"
        label={t('lifestyle.askedOn')}
        className="field-medium"
        {...visitDateRule(t)}
        {...bindValue(askedOn, setAskedOn)}
      />
      {LIFESTYLE_AREAS.map((area) => {
        const state = areas[area];
        return (
          <Form.Fieldset
            key={area}
            path={area}
            label={t(`lifestyle.areas.${area}`)}
            className="area-fieldset"
            group
          >
            <div className="lifestyle-area">
              <Form.Choices<LifestyleUse>
                type="radio"
                name={`${area}-use`}
                path={`${area}.use`}
                inline
                requiredMark
                label={t(`lifestyle.questions.${area}`)}
                options={USES.map((value) => ({ value, label: t(`lifestyle.uses.${value}`) }))}
                value={state.use ? [state.use] : []}
                onChange={(v) => update(area, { use: v[0] ?? '' })}
              />
              <Form.Checkbox
                name={`${area}-advice`}
                label={t('lifestyle.adviceGiven')}
                hint={
                  state.use === 'yes' && !state.adviceGiven ? t('lifestyle.adviceHint') : undefined
                }
                checked={state.adviceGiven}
                onChange={(e) => update(area, { adviceGiven: e.target.checked })}
              />
              <Form.Text
                path={`${area}.note`}
                label={t('lifestyle.fields.note')}
                maxLength={1000}
                value={state.note}
                onChange={(e) => update(area, { note: e.target.value })}
              />
            </div>
          </Form.Fieldset>
        );
      })}
    </AssessmentForm>
  );
}
