import { useState } from 'react';
import type { Placement } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { useCareT } from './i18n';
import { usePlacementAct } from './queries';

type Act = 'medication' | 'report' | 'meeting' | 'end';

/** One act on a placement: a medication change, a follow-up report, the discharge meeting, the end. */
export function PlacementActForm({
  personId,
  placement,
  act,
  onDone,
}: {
  personId: string;
  placement: Placement;
  act: Act;
  onDone: () => void;
}) {
  const { t } = useCareT();
  const send = usePlacementAct(personId, placement.id);
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const textPath = { medication: 'description', report: 'text', meeting: 'place', end: 'outcome' }[
    act
  ];
  const needsDate = act === 'meeting' || act === 'end';
  const datePath = act === 'meeting' ? 'startsAt' : 'endedOn';
  const headingId = `act-${act}-${placement.id}`;
  const form = useFormSubmit({
    check: (): Errors => {
      const found: Errors = {};
      if (!text.trim()) found[textPath] = t(`acts.${act}.required`);
      if (needsDate && !date.trim()) found[datePath] = t('acts.dateRequired');
      if (act === 'meeting' && !/^\d{2}:\d{2}$/.test(time.trim()))
        found.time = t('acts.timeRequired');
      return found;
    },
    send: () => {
      const body =
        act === 'medication'
          ? { description: text.trim() }
          : act === 'report'
            ? { text: text.trim() }
            : act === 'meeting'
              ? {
                  place: text.trim(),
                  startsAt: new Date(`${date.trim()}T${time.trim()}:00`).toISOString(),
                }
              : { endedOn: date.trim(), outcome: text.trim() };
      const path = {
        medication: '/medication-changes',
        report: '/follow-up-reports',
        meeting: '/discharge-meeting',
        end: '/end',
      }[act];
      return send.mutateAsync({ path, body });
    },
    onSuccess: onDone,
  });
  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t(`acts.${act}.heading`)}</h4>
      <Form.Alerts />
      {needsDate && (
        <Form.Date
          path={datePath}
          label={t(`acts.${act}.date`)}
          requiredMark
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      )}
      {act === 'meeting' && (
        <Form.Text
          path="time"
          label={t('acts.meeting.time')}
          hint={t('acts.meeting.timeHint')}
          requiredMark
          {...bindValue(time, setTime)}
        />
      )}
      {act === 'meeting' ? (
        <Form.Text
          path={textPath}
          label={t('acts.meeting.text')}
          requiredMark
          {...bindValue(text, setText)}
        />
      ) : (
        <Form.TextArea
          path={textPath}
          label={t(`acts.${act}.text`)}
          requiredMark
          limit={act === 'report' ? 8000 : act === 'end' ? 2000 : 4000}
          {...bindValue(text, setText)}
        />
      )}
      <Form.Actions submitLabel={t(`acts.${act}.submit`)} cancel={{ onClick: onDone }} />
    </Form>
  );
}

/** The LARO physician confirms a medication change. */
export function ConfirmChangeForm({
  personId,
  placement,
  eventId,
}: {
  personId: string;
  placement: Placement;
  eventId: string;
}) {
  const { t } = useCareT();
  const send = usePlacementAct(personId, placement.id);
  const form = useFormSubmit({
    send: () =>
      send.mutateAsync({
        path: `/medication-changes/${encodeURIComponent(eventId)}/confirm`,
        body: {},
      }),
  });
  return (
    <Form form={form} className="form">
      <Form.Alerts />
      <Form.Actions submitLabel={t('acts.confirm')} />
    </Form>
  );
}
