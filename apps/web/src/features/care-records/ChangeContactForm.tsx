import { useEffect, useId, useRef, useState } from 'react';
import type { ContactRecord } from '@vardflata/contracts';
import {
  CONTACT_LABELS,
  CONTACT_STATUSES_ON_THE_DAY,
  contactStatusesAfter,
  type ContactKind,
  type ContactStatus,
} from '@vardflata/domain';
import { Form, useFormSubmit } from '../../components/form';
import { formatDate } from '../../lib/format';
import { ContactDetailFields } from './ContactDetailFields';
import { useCareT } from './i18n';
import { useChangeContact } from './queries';

/** Corrects a contact, records its outcome, or cancels it (decision 0020-c). */
export function ChangeContactForm({
  contact,
  onCancel,
  onDone,
}: {
  contact: ContactRecord;
  onCancel: () => void;
  onDone: (cancelled: boolean) => void;
}) {
  const { t, text } = useCareT();
  const change = useChangeContact(contact.personId, contact.id);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [date, setDate] = useState(contact.date);
  const [kind, setKind] = useState<ContactKind>(contact.kind);
  const [status, setStatus] = useState<ContactStatus>(contact.status);
  const [note, setNote] = useState(contact.note ?? '');
  const onTheDay = CONTACT_STATUSES_ON_THE_DAY.includes(status);

  const form = useFormSubmit({
    send: () => change.mutateAsync({ date: date.trim(), kind, status, note: note.trim() || null }),
    onSuccess: () => onDone(status === 'cancelled' && contact.status !== 'cancelled'),
  });

  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('contacts.changeHeading', {
          kind: text(CONTACT_LABELS.kind[contact.kind]),
          date: formatDate(contact.date),
        })}
      </h3>
      <Form.Alerts />
      <Form.Choices<ContactStatus>
        type="radio"
        name="contact-change-status"
        path="status"
        inline
        requiredMark
        label={t('contacts.fields.status')}
        hint={t('contacts.fields.statusHint')}
        options={contactStatusesAfter(contact.status).map((value) => ({
          value,
          label: text(CONTACT_LABELS.status[value]),
        }))}
        value={[status]}
        onChange={(v) => setStatus(v[0] ?? contact.status)}
      />
      <ContactDetailFields
        kindName="contact-change-kind"
        onTheDay={onTheDay}
        date={date}
        onDate={setDate}
        kind={kind}
        onKind={(k) => setKind(k ?? contact.kind)}
        note={note}
        onNote={setNote}
      />
      <Form.Actions submitLabel={t('contacts.changeSubmit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}
