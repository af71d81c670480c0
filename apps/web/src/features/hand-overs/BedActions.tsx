import { useState } from 'react';
import type { TriageWithdrawalRequestBody, WithdrawalRequest } from '@vardflata/contracts';
import { isApiError } from '../../api';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { useCareT } from './i18n';
import { requestPerson } from './people';
import { useBedAct, type DischargeBody } from './queries';

const URGENCIES = ['acute', 'urgent', 'planned'] as const;
type Urgency = (typeof URGENCIES)[number];

/** The centre's medical triage of one waiting request. */
export function TriageForm({ request }: { request: WithdrawalRequest }) {
  const { t } = useCareT();
  const act = useBedAct<TriageWithdrawalRequestBody>('triage');
  const [urgency, setUrgency] = useState<Urgency | ''>(request.urgency ?? '');
  const form = useFormSubmit({
    id: `triage-${request.id}`,
    check: (): Errors => (urgency ? {} : { urgency: t('triage.errors.urgency') }),
    send: () => act.mutateAsync({ id: request.id, body: { urgency: urgency as Urgency } }),
  });
  return (
    <Form form={form} className="form form-compact">
      <Form.Alerts />
      <Form.Choices<Urgency>
        type="radio"
        name={`urgency-${request.id}`}
        path="urgency"
        inline
        label={t('triage.legend', { person: requestPerson(t, request) })}
        options={URGENCIES.map((value) => ({ value, label: t(`urgencies.${value}`) }))}
        value={urgency ? [urgency] : []}
        onChange={(v) => setUrgency(v[0] ?? '')}
      />
      <Form.Actions submitLabel={t('triage.submit')} />
    </Form>
  );
}

/** Admission of one waiting request to a free bed. */
export function AdmitForm({ request }: { request: WithdrawalRequest }) {
  const { t } = useCareT();
  const act = useBedAct<Record<string, never>>('admit');
  const form = useFormSubmit({
    id: `admit-${request.id}`,
    ownsProblem: (e) => isApiError(e) && e.status === 422,
    send: () => act.mutateAsync({ id: request.id, body: {} }),
  });
  // Every bed occupied (422 missing free-bed) is said in words of its own.
  const full = isApiError(act.error) && act.error.status === 422;
  return (
    <Form form={form} className="form form-compact">
      <Form.Alerts />
      {full && (
        <p className="alert alert-error" role="alert">
          {t('admit.full')}
        </p>
      )}
      <Form.Actions submitLabel={t('admit.submit', { person: requestPerson(t, request) })} />
    </Form>
  );
}

/** Discharge with the coordinated aftercare plan (samlad vårdplanering), seed 004. */
export function DischargeForm({
  request,
  onCancel,
  onDone,
}: {
  request: WithdrawalRequest;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useCareT();
  const act = useBedAct<DischargeBody>('discharge');
  const [tookPart, setTookPart] = useState(true);
  const [representative, setRepresentative] = useState('');
  const [note, setNote] = useState('');
  const headingId = `discharge-heading-${request.id}`;
  const form = useFormSubmit({
    id: `discharge-${request.id}`,
    send: () =>
      act.mutateAsync({
        id: request.id,
        body: {
          personTookPart: tookPart,
          ...(representative.trim()
            ? { userOrganisationRepresentative: representative.trim() }
            : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      }),
    onSuccess: onDone,
  });
  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('discharge.heading')}: {requestPerson(t, request)}
      </h3>
      <p>{t('discharge.intro')}</p>
      <Form.Alerts />
      <Form.Checkbox
        label={t('discharge.personTookPart')}
        checked={tookPart}
        onChange={(e) => setTookPart(e.target.checked)}
      />
      <Form.Text
        path="userOrganisationRepresentative"
        label={t('discharge.representative')}
        hint={t('discharge.representativeHint')}
        {...bindValue(representative, setRepresentative)}
      />
      <Form.TextArea
        path="note"
        label={t('discharge.note')}
        limit={4000}
        {...bindValue(note, setNote)}
      />
      <Form.Actions submitLabel={t('discharge.submit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}
