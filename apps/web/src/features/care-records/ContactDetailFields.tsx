import {
  CONTACT_KINDS,
  CONTACT_LABELS,
  CONTACT_NOTE_MAX,
  type ContactKind,
} from '@vardflata/domain';
import { bindValue, Form } from '../../components/form';
import { todayInStockholm } from '../../lib/format';
import { useCareT } from './i18n';

/**
 * The day, kind and note of a contact: the same fields when a contact is recorded and when it is
 * corrected (RecordContactForm, ChangeContactForm). A held or missed contact cannot lie ahead.
 */
export function ContactDetailFields({
  kindName,
  onTheDay,
  dateHint,
  date,
  onDate,
  kind,
  onKind,
  note,
  onNote,
}: {
  /** The radio group's name: unique on the page, where both forms can be open. */
  kindName: string;
  onTheDay: boolean;
  dateHint?: string | undefined;
  date: string;
  onDate: (date: string) => void;
  kind: ContactKind | '';
  onKind: (kind: ContactKind | undefined) => void;
  note: string;
  onNote: (note: string) => void;
}) {
  const { t, text } = useCareT();
  return (
    <>
      <Form.Date
        path="date"
        label={t('contacts.fields.date')}
        hint={dateHint}
        required
        max={onTheDay ? todayInStockholm() : undefined}
        maxMessage={t('contacts.errors.future')}
        {...bindValue(date, onDate)}
      />
      <Form.Choices<ContactKind>
        type="radio"
        name={kindName}
        path="kind"
        requiredMark
        label={t('contacts.fields.kind')}
        options={CONTACT_KINDS.map((value) => ({
          value,
          label: text(CONTACT_LABELS.kind[value]),
        }))}
        value={kind ? [kind] : []}
        onChange={(v) => onKind(v[0])}
      />
      <Form.TextArea
        path="note"
        label={t('contacts.fields.note')}
        hint={t('contacts.fields.noteHint')}
        limit={CONTACT_NOTE_MAX}
        {...bindValue(note, onNote)}
      />
    </>
  );
}
