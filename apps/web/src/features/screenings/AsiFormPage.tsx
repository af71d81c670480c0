import { useState } from 'react';
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
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { Loading, StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { useMe } from '../auth/session';
import { useAsiRatingText } from './AsiSection';
import { AssessmentForm, assessmentServerErrors, SavedPanel, visitDateRule } from './FormParts';
import { useScreeningsT } from './i18n';
import { useLabels } from './labels';
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
export function AsiFormBody({ person }: { person: Person }) {
  const { t, text } = useScreeningsT();
  const me = useMe();
  const today = todayInStockholm();
  const labels = useLabels();
  const ratingText = useAsiRatingText();
  const record = useRecordAsi(person.id);
  const interviews = useAssessments(person.id, 'asi');
  const [form, setForm] = useState<AsiForm | ''>('');
  const [grundId, setGrundId] = useState('');
  const [interviewedOn, setInterviewedOn] = useState(today);
  const [interviewer, setInterviewer] = useState('');
  const [areas, setAreas] = useState(emptyAreas);
  const [notes, setNotes] = useState('');
  const [saved, setSaved] = useState<Assessment | null>(null);

  const grunds = (interviews.data ?? [])
    .filter((a) => (a.data as unknown as AsiData).form === 'grund')
    .sort((a, b) => b.performedOn.localeCompare(a.performedOn));

  const chooseForm = (value: AsiForm | '') => {
    setForm(value);
    if (value === 'uppfoljning' && !grundId && grunds[0]) setGrundId(grunds[0].id);
  };

  const setRating = (area: AsiAreaId, field: RatingField, value: string) =>
    setAreas((current) => ({ ...current, [area]: { ...current[area], [field]: value } }));

  const check = (): Errors => {
    const found: Errors = {};
    if (!form) found.form = t('form.chooseOne');
    if (form === 'uppfoljning' && !grundId) found.grundId = t('asi.grundRequired');
    for (const area of ASI_AREAS) {
      for (const field of ['interviewerRating', 'clientRating'] as const) {
        if (!areas[area.id][field]) found[`areas.${area.id}.${field}`] = t('asi.ratingRequired');
      }
    }
    return found;
  };

  const submit = useFormSubmit({
    check,
    server: assessmentServerErrors(t, 'interviewedOn'),
    send: () =>
      record.mutateAsync({
        form: form as AsiForm,
        interviewedOn,
        areas: Object.fromEntries(
          ASI_AREAS.map((a) => [
            a.id,
            {
              interviewerRating: toRating(areas[a.id].interviewerRating),
              clientRating: toRating(areas[a.id].clientRating),
            },
          ]),
        ) as AsiAreas,
        ...(form === 'uppfoljning' ? { grundId } : {}),
        ...(interviewer.trim() ? { interviewer: interviewer.trim() } : {}),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      }),
    onSuccess: setSaved,
  });

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
      form={submit}
      id="asi"
      section="asi"
      personId={person.id}
      note={{
        path: 'notes',
        label: t('asi.fields.notes'),
        hint: t('asi.notesHint'),
        limit: 8000,
        value: notes,
        set: setNotes,
      }}
      saveLabel={t('asi.save')}
    >
      <Form.Choices<AsiForm>
        type="radio"
        name="form"
        path="form"
        requiredMark
        label={t('asi.fields.form')}
        options={ASI_FORMS.map((f) => ({
          value: f.id,
          label: text(f.name),
          hint: text(f.period),
        }))}
        value={form ? [form] : []}
        onChange={(v) => chooseForm(v[0] ?? '')}
      />
      {form === 'uppfoljning' &&
        (interviews.isPending ? (
          <Loading />
        ) : grunds.length === 0 ? (
          <div className="alert alert-warning" data-path="grundId">
            <p>{t('asi.noGrund')}</p>
          </div>
        ) : (
          <Form.Select
            path="grundId"
            label={t('asi.fields.grundId')}
            hint={t('asi.grundHint')}
            required
            {...bindValue(grundId, setGrundId)}
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
          </Form.Select>
        ))}
      <div className="field-row">
        <Form.Date
          path="interviewedOn"
          label={t('asi.fields.interviewedOn')}
          {...visitDateRule(t)}
          {...bindValue(interviewedOn, setInterviewedOn)}
        />
        <Form.Text
          path="interviewer"
          label={t('asi.fields.interviewer')}
          hint={t('asi.interviewerHint', { name: me.name })}
          maxLength={200}
          {...bindValue(interviewer, setInterviewer)}
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
          <Form.Fieldset
            key={area.id}
            path={`areas.${area.id}`}
            label={text(area.name)}
            className="area-fieldset asi-area"
            group
          >
            <div className="asi-area-fields">
              <RatingSelect
                path={`areas.${area.id}.interviewerRating`}
                label={t('asi.interviewerRating')}
                scale={interviewerScale}
                text={ratingText.interviewer}
                value={areas[area.id].interviewerRating}
                onChange={(v) => setRating(area.id, 'interviewerRating', v)}
              />
              <RatingSelect
                path={`areas.${area.id}.clientRating`}
                label={t('asi.clientRating')}
                scale={clientScale}
                text={ratingText.client}
                value={areas[area.id].clientRating}
                onChange={(v) => setRating(area.id, 'clientRating', v)}
              />
            </div>
          </Form.Fieldset>
        ))}
      </div>
    </AssessmentForm>
  );
}

const range = (min: number, max: number) =>
  Array.from({ length: max - min + 1 }, (_, i) => min + i);

/** One of the two ratings of a life area: the scale's values in words, then X and N. */
function RatingSelect({
  path,
  label,
  scale,
  text,
  value,
  onChange,
}: {
  path: string;
  label: string;
  scale: { min: number; max: number };
  text: (value: AsiRating) => string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useScreeningsT();
  return (
    <Form.Select path={path} label={label} required {...bindValue(value, onChange)}>
      <option value="">{t('common.choose')}</option>
      {range(scale.min, scale.max).map((v) => (
        <option key={v} value={v}>
          {text(v)}
        </option>
      ))}
      <option value="X">{text('X')}</option>
      <option value="N">{text('N')}</option>
    </Form.Select>
  );
}
