import { useState } from 'react';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { ActionForm, type ActionProps } from './ActionForm';
import { sipServerErrors } from './errors';
import { useSipT } from './i18n';
import { useEndSip } from './queries';

/** The person refuses, or the proposal is withdrawn: the reason is required. */
export function ReasonForm({
  sip,
  how,
  onCancel,
  onDone,
}: ActionProps & { how: 'refuse' | 'withdraw' }) {
  const { t } = useSipT();
  const end = useEndSip(sip.id, how);
  const [reason, setReason] = useState('');
  const form = useFormSubmit({
    check: (): Errors => (reason.trim() ? {} : { reason: t(`${how}.errors.reason`) }),
    server: sipServerErrors(t),
    send: () => end.mutateAsync({ reason: reason.trim() }),
    onSuccess: () => onDone(t(`${how}.done`)),
  });

  return (
    <ActionForm
      id={how}
      form={form}
      title={t(`${how}.title`)}
      intro={<p>{t(`${how}.intro`)}</p>}
      submitLabel={t(`${how}.submit`)}
      tone="danger"
      onCancel={onCancel}
    >
      <Form.TextArea
        path="reason"
        label={t(`${how}.reason`)}
        limit={4000}
        required
        {...bindValue(reason, setReason)}
      />
    </ActionForm>
  );
}
