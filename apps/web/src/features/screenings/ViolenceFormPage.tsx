import { useRef, useState, type FormEvent } from 'react';
import type { Person } from '@vardflata/contracts';
import { ChoiceGroup, TextAreaField, TextField } from '../../components/Field';
import { StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { dateError, focusFirstInvalid, serverFieldErrors } from './formHelpers';
import { AssessmentForm, FormActions, SavedPanel, type Errors } from './FormParts';
import { useScreeningsT } from './i18n';
import { PersonPage } from './PersonPage';
import { useRecordViolence } from './queries';
import type { Assessment, ChildrenAnswer, ViolenceAnswer, ViolenceResult } from './types';

const EXPOSED: readonly ViolenceAnswer[] = ['no', 'yes', 'declined'];
const CHILDREN: readonly ChildrenAnswer[] = ['none', 'not-exposed', 'exposed', 'unknown'];
const FIELDS = ['askedOn', 'exposed', 'children', 'actionTaken'] as const;

/** The routine question on exposure to violence, with children in the household. */
export function ViolenceFormPage() {
  const { t } = useScreeningsT();
  return (
    <PersonPage title={t('violence.title')}>
      {(person) => <ViolenceForm person={person} />}
    </PersonPage>
  );
}

function ViolenceForm({ person }: { person: Person }) {
  const { t } = useScreeningsT();
  const today = todayInStockholm();
  const record = useRecordViolence(person.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [askedOn, setAskedOn] = useState(today);
  const [exposed, setExposed] = useState<ViolenceAnswer | ''>('');
  const [children, setChildren] = useState<ChildrenAnswer | ''>('');
  const [actionTaken, setActionTaken] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<Assessment | null>(null);

  const concern = exposed === 'yes' || children === 'exposed';
  const label = (path: string) => t(`violence.fields.${path}`, { defaultValue: path });

  const show = (next: Errors) => {
    setErrors(next);
    focusFirstInvalid(
      formRef.current,
      FIELDS.filter((f) => next[f]),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    const date = dateError(t, askedOn, today);
    if (date) next.askedOn = date;
    if (!exposed) next.exposed = t('form.chooseOne');
    if (!children) next.children = t('form.chooseOne');
    if (concern && !actionTaken.trim()) next.actionTaken = t('violence.actionRequired');
    if (Object.keys(next).length) return show(next);
    setErrors({});
    record.mutate(
      {
        askedOn,
        exposed: exposed as ViolenceAnswer,
        children: children as ChildrenAnswer,
        ...(actionTaken.trim() ? { actionTaken: actionTaken.trim() } : {}),
      },
      {
        onSuccess: setSaved,
        onError: (error) => show(serverFieldErrors(t, error, 'askedOn')),
      },
    );
  };

  if (saved) {
    const result = saved.result as unknown as ViolenceResult;
    return (
      <>
        <StatusMessage>{t('saved.message')}</StatusMessage>
        <SavedPanel
          heading={t('violence.savedHeading', { date: formatDate(saved.performedOn) })}
          personId={person.id}
          anchor="#timeline-heading"
          againLabel={t('violence.again')}
          onAgain={() => {
            setSaved(null);
            setExposed('');
            setChildren('');
            setActionTaken('');
            record.reset();
          }}
        >
          <p>
            {result.childConcern
              ? t('summary.violenceChild')
              : result.concern
                ? t('summary.violenceDisclosed')
                : t('summary.violenceNone')}
          </p>
          {result.childConcern && <ChildReportNote />}
        </SavedPanel>
      </>
    );
  }

  return (
    <AssessmentForm
      formRef={formRef}
      id="violence"
      section="violence"
      wide={false}
      errors={errors}
      labels={label}
      problem={record.isError ? record.error : null}
      shownFields={FIELDS}
      onSubmit={submit}
    >
      <TextField
        type="date"
        name="askedOn"
        data-path="askedOn"
        label={t('violence.fields.askedOn')}
        className="field-medium"
        max={today}
        required
        value={askedOn}
        error={errors.askedOn}
        onChange={(e) => setAskedOn(e.target.value)}
      />
      <div data-path="exposed">
        <ChoiceGroup<ViolenceAnswer>
          type="radio"
          name="exposed"
          requiredMark
          label={t('violence.fields.exposed')}
          hint={t('violence.exposedHint')}
          options={EXPOSED.map((value) => ({
            value,
            label: t(`violence.exposedOptions.${value}`),
          }))}
          value={exposed ? [exposed] : []}
          error={errors.exposed}
          onChange={(v) => setExposed(v[0] ?? '')}
        />
      </div>
      <div data-path="children">
        <ChoiceGroup<ChildrenAnswer>
          type="radio"
          name="children"
          requiredMark
          label={t('violence.fields.children')}
          hint={t('violence.childrenHint')}
          options={CHILDREN.map((value) => ({
            value,
            label: t(`violence.childrenOptions.${value}`),
          }))}
          value={children ? [children] : []}
          error={errors.children}
          onChange={(v) => setChildren(v[0] ?? '')}
        />
      </div>
      {children === 'exposed' && <ChildReportNote />}
      {concern && (
        <TextAreaField
          name="actionTaken"
          data-path="actionTaken"
          label={t('violence.fields.actionTaken')}
          hint={t('violence.actionHint')}
          required
          rows={4}
          value={actionTaken}
          error={errors.actionTaken}
          onChange={(e) => setActionTaken(e.target.value)}
        />
      )}
      <FormActions pending={record.isPending} saveLabel={t('violence.save')} personId={person.id} />
    </AssessmentForm>
  );
}

/** A child exposed to violence is a child at risk: social services must be told. */
function ChildReportNote() {
  const { t } = useScreeningsT();
  return (
    <div className="alert alert-warning" data-testid="child-report-note">
      <p>
        <strong>{t('violence.childNoteTitle')}</strong> {t('violence.childNoteBody')}
      </p>
    </div>
  );
}
