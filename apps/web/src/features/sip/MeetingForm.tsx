import { useState } from 'react';
import { bindValue, Form, useFormSubmit } from '../../components/form';
import { todayInStockholm } from '../../lib/format';
import { ActDateField, ActionForm, ConsentNotice, type ActionProps } from './ActionForm';
import { sipServerErrors } from './errors';
import { useSipT } from './i18n';
import { useRecordMeeting } from './queries';

/** The meeting where the plan was made: when, who came, and notes. */
export function MeetingForm({ sip, onCancel, onDone }: ActionProps) {
  const { t } = useSipT();
  const record = useRecordMeeting(sip.id);
  const [heldOn, setHeldOn] = useState(todayInStockholm());
  const [notes, setNotes] = useState('');
  const [attended, setAttended] = useState<string[]>(
    sip.participants.filter((p) => p.invitation !== 'declined').map((p) => p.id),
  );
  const form = useFormSubmit({
    server: sipServerErrors(t),
    send: () =>
      record.mutateAsync({
        heldOn,
        ...(notes.trim() ? { notes: notes.trim() } : {}),
        ...(sip.participants.length ? { attendedParticipantIds: attended } : {}),
      }),
    onSuccess: () => onDone(t('meeting.done')),
  });

  return (
    <ActionForm
      id="meeting"
      form={form}
      title={t('meeting.title')}
      intro={<p>{t('meeting.intro')}</p>}
      submitLabel={t('meeting.submit')}
      onCancel={onCancel}
    >
      <ConsentNotice sip={sip} />
      <ActDateField
        sip={sip}
        path="heldOn"
        label={t('meeting.heldOn')}
        value={heldOn}
        set={setHeldOn}
      />
      {sip.participants.length > 0 && (
        <Form.Fieldset
          path="attendedParticipantIds"
          label={t('meeting.attended')}
          className="choice-group"
        >
          {() => (
            <div className="choices">
              {sip.participants.map((p) => (
                <Form.Checkbox
                  key={p.id}
                  label={p.unitName && p.kind === 'staff' ? `${p.name} (${p.unitName})` : p.name}
                  checked={attended.includes(p.id)}
                  onChange={(e) =>
                    setAttended((x) =>
                      e.target.checked ? [...x, p.id] : x.filter((y) => y !== p.id),
                    )
                  }
                />
              ))}
            </div>
          )}
        </Form.Fieldset>
      )}
      <Form.TextArea
        path="notes"
        label={t('meeting.notes')}
        hint={t('meeting.notesHint')}
        limit={8000}
        {...bindValue(notes, setNotes)}
      />
    </ActionForm>
  );
}
