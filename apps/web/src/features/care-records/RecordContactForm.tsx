import { useEffect, useId, useRef, useState } from 'react';
import {
  CONTACT_LABELS,
  CONTACT_STATUSES_ON_THE_DAY,
  type ContactKind,
  type ContactStatus,
} from '@vardflata/domain';
import { Form, useFormSubmit, type Errors } from '../../components/form';
import { todayInStockholm } from '../../lib/format';
import { ContactDetailFields } from './ContactDetailFields';
import { useCareT } from './i18n';
import { useRecordContact } from './queries';

/** A new contact starts booked, or is recorded afterwards as held or missed; never cancelled. */
export const NEW_CONTACT_STATUSES: readonly ContactStatus[] = ['held', 'booked', 'no-show'];

/** Records a visit or contact of the caller's unit with the person (decision 0020-c). */
export function RecordContactForm({
  personId,
  onCancel,
  onDone,
}: {
  personId: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t, text } = useCareT();
  const record = useRecordContact(personId);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [date, setDate] = useState(todayInStockholm);
  const [kind, setKind] = useState<ContactKind | ''>('');
  const [status, setStatus] = useState<ContactStatus | ''>('held');
  const [note, setNote] = useState('');
  const onTheDay = status !== '' && CONTACT_STATUSES_ON_THE_DAY.includes(status);

  const form = useFormSubmit({
    check: () => {
      const found: Errors = {};
      if (!kind) found.kind = t('contacts.errors.kind');
      if (!status) found.status = t('contacts.errors.status');
      return found;
    },
    send: () =>
      record.mutateAsync({
        date: date.trim(),
        kind: kind as ContactKind,
        status: status as ContactStatus,
        note: note.trim() || null,
      }),
    onSuccess: onDone,
  });

  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('contacts.recordHeading')}
      </h3>
      <Form.Alerts />
      <Form.Choices<ContactStatus>
        type="radio"
        name="contact-status"
        path="status"
        inline
        requiredMark
        label={t('contacts.fields.status')}
        options={NEW_CONTACT_STATUSES.map((value) => ({
          value,
          label: text(CONTACT_LABELS.status[value]),
        }))}
        value={status ? [status] : []}
        onChange={(v) => setStatus(v[0] ?? '')}
      />
      <ContactDetailFields
        kindName="contact-kind"
        onTheDay={onTheDay}
        dateHint={onTheDay ? t('contacts.fields.dateHintPast') : undefined}
        date={date}
        onDate={setDate}
        kind={kind}
        onKind={(k) => setKind(k ?? '')}
        note={note}
        onNote={setNote}
      />
      <Form.Actions submitLabel={t('contacts.submit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}
