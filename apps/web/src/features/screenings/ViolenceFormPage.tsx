import { useState } from 'react';
import type { Person } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { AssessmentForm, assessmentServerErrors, SavedPanel, visitDateRule } from './FormParts';
import { useScreeningsT } from './i18n';
import { useRecordViolence } from './queries';
import type { Assessment, ChildrenAnswer, ViolenceAnswer, ViolenceResult } from './types';

const EXPOSED: readonly ViolenceAnswer[] = ['no', 'yes', 'declined'];
const CHILDREN: readonly ChildrenAnswer[] = ['none', 'not-exposed', 'exposed', 'unknown'];

/** The routine question on exposure to violence, with children in the household. */
export function ViolenceForm({ person }: { person: Person }) {
  const { t } = useScreeningsT();
  const today = todayInStockholm();
  const record = useRecordViolence(person.id);
  const [askedOn, setAskedOn] = useState(today);
  const [exposed, setExposed] = useState<ViolenceAnswer | ''>('');
  const [children, setChildren] = useState<ChildrenAnswer | ''>('');
  const [actionTaken, setActionTaken] = useState('');
  const [saved, setSaved] = useState<Assessment | null>(null);

  const concern = exposed === 'yes' || children === 'exposed';
  const form = useFormSubmit({
    check: () => {
      const found: Errors = {};
      if (!exposed) found.exposed = t('form.chooseOne');
      if (!children) found.children = t('form.chooseOne');
      if (concern && !actionTaken.trim()) found.actionTaken = t('violence.actionRequired');
      return found;
    },
    server: assessmentServerErrors(t, 'askedOn'),
    send: () =>
      record.mutateAsync({
        askedOn,
        exposed: exposed as ViolenceAnswer,
        children: children as ChildrenAnswer,
        ...(actionTaken.trim() ? { actionTaken: actionTaken.trim() } : {}),
      }),
    onSuccess: setSaved,
  });

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
      form={form}
      id="violence"
      section="violence"
      wide={false}
      personId={person.id}
      saveLabel={t('violence.save')}
    >
      <Form.Date
        path="askedOn"
        label={t('violence.fields.askedOn')}
        className="field-medium"
        {...visitDateRule(t)}
        {...bindValue(askedOn, setAskedOn)}
      />
      <Form.Choices<ViolenceAnswer>
        type="radio"
        name="exposed"
        path="exposed"
        requiredMark
        label={t('violence.fields.exposed')}
        hint={t('violence.exposedHint')}
        options={EXPOSED.map((value) => ({
          value,
          label: t(`violence.exposedOptions.${value}`),
        }))}
        value={exposed ? [exposed] : []}
        onChange={(v) => setExposed(v[0] ?? '')}
      />
      <Form.Choices<ChildrenAnswer>
        type="radio"
        name="children"
        path="children"
        requiredMark
        label={t('violence.fields.children')}
        hint={t('violence.childrenHint')}
        options={CHILDREN.map((value) => ({
          value,
          label: t(`violence.childrenOptions.${value}`),
        }))}
        value={children ? [children] : []}
        onChange={(v) => setChildren(v[0] ?? '')}
      />
      {children === 'exposed' && <ChildReportNote />}
      {concern && (
        <Form.TextArea
          path="actionTaken"
          label={t('violence.fields.actionTaken')}
          hint={t('violence.actionHint')}
          required
          rows={4}
          limit={4000}
          {...bindValue(actionTaken, setActionTaken)}
        />
      )}
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
