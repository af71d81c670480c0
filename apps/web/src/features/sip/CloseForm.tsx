import { useState } from 'react';
import type { CloseOutcome } from '@vardflata/domain';
import { useFormSubmit, type Errors } from '../../components/form';
import { ActionForm, CloseOutcomeFields, type ActionProps } from './ActionForm';
import { sipServerErrors } from './errors';
import { useSipT } from './i18n';
import { useCloseSip } from './queries';

/** Closing the SIP: the outcome, and a note. */
export function CloseForm({ sip, onCancel, onDone }: ActionProps) {
  const { t } = useSipT();
  const close = useCloseSip(sip.id);
  const [outcome, setOutcome] = useState<CloseOutcome | ''>('');
  const [note, setNote] = useState('');
  const form = useFormSubmit({
    check: (): Errors => (outcome ? {} : { outcome: t('close.errors.outcome') }),
    server: sipServerErrors(t),
    send: () =>
      close.mutateAsync({
        outcome: outcome as CloseOutcome,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: () => onDone(t('close.done')),
  });

  return (
    <ActionForm
      id="close"
      form={form}
      title={t('close.title')}
      intro={<p>{t('close.intro')}</p>}
      submitLabel={t('close.submit')}
      onCancel={onCancel}
    >
      <CloseOutcomeFields
        paths={{ outcome: 'outcome', note: 'note' }}
        outcome={outcome}
        setOutcome={setOutcome}
        note={note}
        setNote={setNote}
      />
    </ActionForm>
  );
}
