import { useRef, useState, type FormEvent } from 'react';
import type { Person } from '@vardflata/contracts';
import {
  ASI_AREAS,
  ASI_CLIENT_SCALE,
  ASI_CODES,
  ASI_FORMS,
  ASI_RATING_SCALES,
  ASI_SEVERITY_BANDS,
  type AsiAreaId,
  type AsiAreas,
  type AsiForm,
  type AsiRating,
} from '@vardflata/domain';
import { ChoiceGroup, SelectField, TextAreaField, TextField } from '../../components/Field';
import { Loading, StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { useMe } from '../auth/session';
import { useAsiRatingText } from './AsiSection';
import { dateError, focusFirstInvalid, serverFieldErrors } from './formHelpers';
import { AssessmentForm, FormActions, SavedPanel, type Errors } from './FormParts';
import { useScreeningsT } from './i18n';
import { useLabels } from './labels';
import { PersonPage } from './PersonPage';
import { useAssessments, useRecordAsi } from './queries';
import type { AsiData, Assessment } from './types';

type RatingField = 'interviewerRating' | 'clientRating';
type AreaInput = Record<RatingField, string>;

const emptyAreas = () =>
  Object.fromEntries(
    ASI_AREAS.map((a) => [a.id, { interviewerRating: '', clientRating: '' }]),
  ) as Record<AsiAreaId, AreaInput>;

const toRating = (value: string): AsiRating =>
  value === 'X' || value === 'N' ? value : Number(value);

/** ASI Grund or ASI Uppföljning: the interviewer's and the client's rating per life area. */
export function AsiFormPage() {
  const { t } = useScreeningsT();
  return (
    <PersonPage title={t('asi.title')}>{(person) => <AsiFormBody person={person} />}</PersonPage>
  );
}

function AsiFormBody({ person }: { person: Person }) {
  const { t, text } = useScreeningsT();
  const me = useMe();
  const today = todayInStockholm();
  const labels = useLabels();
  const ratingText = useAsiRatingText();
  const record = useRecordAsi(person.id);
  const interviews = useAssessments(person.id, 'asi');
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<AsiForm | ''>('');
  const [grundId, setGrundId] = useState('');
  const [interviewedOn, setInterviewedOn] = useState(today);
  const [interviewer, setInterviewer] = useState('');
  const [areas, setAreas] = useState(emptyAreas);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<Assessment | null>(null);

  const grunds = (interviews.data ?? [])
    .filter((a) => (a.data as unknown as AsiData).form === 'grund')
    .sort((a, b) => b.performedOn.localeCompare(a.performedOn));

  const paths = [
    'form',
    'grundId',
    'interviewedOn',
    'interviewer',
    ...ASI_AREAS.flatMap((a) => [`areas.${a.id}.interviewerRating`, `areas.${a.id}.clientRating`]),
    'notes',
  ];
  const label = (path: string) => {
    const match = /^areas\.(\w+)\.(\w+)$/.exec(path);
    if (match) {
      const area = ASI_AREAS.find((a) => a.id === match[1]);
      return `${area ? text(area.name) : match[1]} – ${t(`asi.${match[2]}`)}`;
    }
    return t(`asi.fields.${path}`, { defaultValue: path });
  };

  const show = (next: Errors) => {
    setErrors(next);
    focusFirstInvalid(
      formRef.current,
      paths.filter((p) => next[p]),
    );
  };

  const chooseForm = (value: AsiForm | '') => {
    setForm(value);
    if (value === 'uppfoljning' && !grundId && grunds[0]) setGrundId(grunds[0].id);
  };

  const setRating = (area: AsiAreaId, field: RatingField, value: string) =>
    setAreas((current) => ({ ...current, [area]: { ...current[area], [field]: value } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    if (!form) next.form = t('form.chooseOne');
    if (form === 'uppfoljning' && !grundId) next.grundId = t('asi.grundRequired');
    const date = dateError(t, interviewedOn, today);
    if (date) next.interviewedOn = date;
    for (const area of ASI_AREAS) {
      for (const field of ['interviewerRating', 'clientRating'] as const) {
        if (!areas[area.id][field]) next[`areas.${area.id}.${field}`] = t('asi.ratingRequired');
      }
    }
    if (Object.keys(next).length) return show(next);
    setErrors({});
    const body = Object.fromEntries(
      ASI_AREAS.map((a) => [
        a.id,
        {
          interviewerRating: toRating(areas[a.id].interviewerRating),
          clientRating: toRating(areas[a.id].clientRating),
        },
      ]),
    ) as AsiAreas;
    record.mutate(
      {
        form: form as AsiForm,
        interviewedOn,
        areas: body,
        ...(form === 'uppfoljning' ? { grundId } : {}),
        ...(interviewer.trim() ? { interviewer: interviewer.trim() } : {}),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      },
      {
        onSuccess: setSaved,
        onError: (error) => show(serverFieldErrors(t, error, 'interviewedOn')),
      },
    );
  };

  if (saved) {
    const data = saved.data as unknown as AsiData;
    return (
      <>
        <StatusMessage>{t('saved.message')}</StatusMessage>
        <SavedPanel
          heading={t('asi.savedHeading', {
            form: labels.asiForm(data.form),
            date: formatDate(saved.performedOn),
          })}
          personId={person.id}
          anchor="#asi-heading"
          againLabel={t('asi.again')}
          onAgain={() => {
            setSaved(null);
            setForm('');
            setAreas(emptyAreas());
            setNotes('');
            record.reset();
          }}
        >
          <p>{data.form === 'uppfoljning' ? t('asi.savedFollowUp') : t('asi.savedGrund')}</p>
        </SavedPanel>
      </>
    );
  }

  const { interviewerRating: interviewerScale, clientRating: clientScale } = ASI_RATING_SCALES;

  return (
    <AssessmentForm
      formRef={formRef}
      id="asi"
      section="asi"
      errors={errors}
      labels={label}
      problem={record.isError ? record.error : null}
      shownFields={paths}
      onSubmit={submit}
    >
      <div data-path="form">
        <ChoiceGroup<AsiForm>
          type="radio"
          name="form"
          requiredMark
          label={t('asi.fields.form')}
          options={ASI_FORMS.map((f) => ({
            value: f.id,
            label: text(f.name),
            hint: text(f.period),
          }))}
          value={form ? [form] : []}
          error={errors.form}
          onChange={(v) => chooseForm(v[0] ?? '')}
        />
      </div>
      {form === 'uppfoljning' &&
        (interviews.isPending ? (
          <Loading />
        ) : grunds.length === 0 ? (
          <div className="alert alert-warning" data-path="grundId">
            <p>{t('asi.noGrund')}</p>
          </div>
        ) : (
          <SelectField
            name="grundId"
            data-path="grundId"
            label={t('asi.fields.grundId')}
            hint={t('asi.grundHint')}
            required
            value={grundId}
            error={errors.grundId}
            onChange={(e) => setGrundId(e.target.value)}
          >
            <option value="">{t('common.choose')}</option>
            {grunds.map((g) => (
              <option key={g.id} value={g.id}>
                {t('asi.grundOption', {
                  date: formatDate(g.performedOn),
                  by: (g.data as unknown as AsiData).interviewer ?? g.recordedByName,
                  organisation: g.unitName ?? g.organisationName,
                })}
              </option>
            ))}
          </SelectField>
        ))}
      <div className="field-row">
        <TextField
          type="date"
          name="interviewedOn"
          data-path="interviewedOn"
          label={t('asi.fields.interviewedOn')}
          max={today}
          required
          value={interviewedOn}
          error={errors.interviewedOn}
          onChange={(e) => setInterviewedOn(e.target.value)}
        />
        <TextField
          name="interviewer"
          data-path="interviewer"
          label={t('asi.fields.interviewer')}
          hint={t('asi.interviewerHint', { name: me.name })}
          maxLength={200}
          value={interviewer}
          error={errors.interviewer}
          onChange={(e) => setInterviewer(e.target.value)}
        />
      </div>

      <details className="scale-key">
        <summary>{t('asi.scalesSummary')}</summary>
        <div className="scale-key-columns">
          <div>
            <h3>{t('asi.interviewerScale')}</h3>
            <ul className="plain-list">
              {ASI_SEVERITY_BANDS.map((b) => (
                <li key={b.band}>
                  {b.min}–{b.max}: {text(b.label)}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t('asi.clientScale')}</h3>
            <ul className="plain-list">
              {ASI_CLIENT_SCALE.map((s) => (
                <li key={s.value}>
                  {s.value}: {text(s.label)}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t('asi.codes')}</h3>
            <ul className="plain-list">
              {(['X', 'N'] as const).map((code) => (
                <li key={code}>
                  {code}: {text(ASI_CODES[code])}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </details>

      <h3>{t('asi.areasHeading')}</h3>
      <div className="asi-areas">
        {ASI_AREAS.map((area) => (
          <fieldset key={area.id} className="area-fieldset asi-area">
            <legend className="area-legend">{text(area.name)}</legend>
            <div className="asi-area-fields">
              <SelectField
                name={`${area.id}-interviewer`}
                data-path={`areas.${area.id}.interviewerRating`}
                label={t('asi.interviewerRating')}
                required
                value={areas[area.id].interviewerRating}
                error={errors[`areas.${area.id}.interviewerRating`]}
                onChange={(e) => setRating(area.id, 'interviewerRating', e.target.value)}
              >
                <option value="">{t('common.choose')}</option>
                {range(interviewerScale.min, interviewerScale.max).map((v) => (
                  <option key={v} value={v}>
                    {ratingText.interviewer(v)}
                  </option>
                ))}
                <option value="X">{ratingText.interviewer('X')}</option>
                <option value="N">{ratingText.interviewer('N')}</option>
              </SelectField>
              <SelectField
                name={`${area.id}-client`}
                data-path={`areas.${area.id}.clientRating`}
                label={t('asi.clientRating')}
                required
                value={areas[area.id].clientRating}
                error={errors[`areas.${area.id}.clientRating`]}
                onChange={(e) => setRating(area.id, 'clientRating', e.target.value)}
              >
                <option value="">{t('common.choose')}</option>
                {range(clientScale.min, clientScale.max).map((v) => (
                  <option key={v} value={v}>
                    {ratingText.client(v)}
                  </option>
                ))}
                <option value="X">{ratingText.client('X')}</option>
                <option value="N">{ratingText.client('N')}</option>
              </SelectField>
            </div>
          </fieldset>
        ))}
      </div>
      <TextAreaField
        name="notes"
        data-path="notes"
        label={t('asi.fields.notes')}
        hint={t('asi.notesHint')}
        rows={4}
        maxLength={8000}
        value={notes}
        error={errors.notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      <FormActions pending={record.isPending} saveLabel={t('asi.save')} personId={person.id} />
    </AssessmentForm>
  );
}

const range = (min: number, max: number) =>
  Array.from({ length: max - min + 1 }, (_, i) => min + i);
