import { useState } from 'react';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { isIsoDate, todayInStockholm } from '../../lib/format';
import { useOrganisations } from '../../lib/organisations';
import { ActionForm, ConsentNotice } from './ActionForm';
import { sipServerErrors } from './errors';
import { stockholmToIso, type KnownStaff } from './helpers';
import { useSipT } from './i18n';
import { InviteWho, noInvitees, participantsToAdd, type Invitees } from './InviteWho';
import { useInvite } from './queries';
import type { SipDetail } from './types';

const DURATIONS = [30, 45, 60, 90, 120] as const;

/** The server's paths of the invitation, as the form's fields. */
function invitePath(path: string): string {
  if (path === 'meeting.startsAt') return 'date';
  if (path === 'meeting.place') return 'place';
  if (path === 'meeting.videoLink') return 'videoLink';
  return path.replace(/\.(staffId|unitId|organisationId|name)$/, '');
}

/**
 * The invitation (kallelse): when and where, and who is invited — units and staff of both
 * principals, private providers, other actors (Försäkringskassan, the school), the person and,
 * with consent, relatives. Participants already on the SIP are asked to answer again.
 */
export function InviteForm({
  sip,
  staff,
  onCancel,
  onDone,
}: {
  sip: SipDetail;
  staff: readonly KnownStaff[];
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useSipT();
  const organisations = useOrganisations().data ?? [];
  const invite = useInvite(sip.id);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [duration, setDuration] = useState('60');
  const [place, setPlace] = useState('');
  const [videoLink, setVideoLink] = useState('');
  const [message, setMessage] = useState('');
  const [who, setWho] = useState<Invitees>(() => noInvitees(sip));
  const participants = () => participantsToAdd(t, sip, who, organisations);

  const labels = (path: string): string | undefined => {
    const m = /^(others|relatives)\[(\d+)\]$/.exec(path);
    if (m) return t(m[1] === 'others' ? 'invite.otherName' : 'invite.relativeName');
    const p = /^participants\[(\d+)\]/.exec(path);
    return p ? participants()[Number(p[1])]?.label : undefined;
  };

  const check = (): Errors => {
    const found: Errors = {};
    const startsAt = stockholmToIso(date, time);
    if (!time.trim()) found.time = t('invite.errors.time');
    else if (!/^\d{1,2}:\d{2}$/.test(time)) found.time = t('invite.errors.timeInvalid');
    else if (isIsoDate(date) && startsAt && new Date(startsAt).getTime() <= Date.now())
      found.date = t('invite.errors.past');
    if (!place.trim() && !videoLink.trim()) found.place = t('invite.errors.placeOrVideo');
    if (videoLink.trim() && !/^https:\/\/\S+$/.test(videoLink.trim()))
      found.videoLink = t('invite.errors.https');
    who.others.forEach((r, i) => {
      if (!r.name.trim()) found[`others[${i}]`] = t('fieldErrors.required');
    });
    who.relatives.forEach((r, i) => {
      if (!r.name.trim()) found[`relatives[${i}]`] = t('fieldErrors.required');
    });
    return found;
  };

  const form = useFormSubmit({
    check,
    labels,
    server: sipServerErrors(t, { path: invitePath }),
    send: () =>
      invite.mutateAsync({
        meeting: {
          startsAt: stockholmToIso(date, time)!,
          durationMinutes: Number(duration),
          ...(place.trim() ? { place: place.trim() } : {}),
          ...(videoLink.trim() ? { videoLink: videoLink.trim() } : {}),
        },
        participants: participants().map((p) => p.input),
        ...(message.trim() ? { message: message.trim() } : {}),
      }),
    onSuccess: () => onDone(t('invite.done')),
  });
  /** A field's message goes once the field is changed; the rest stay until the next send. */
  const change =
    (set: (value: string) => void, ...paths: string[]) =>
    (event: { target: { value: string } }) => {
      set(event.target.value);
      for (const path of paths) form.clear(path);
    };

  return (
    <ActionForm
      id="invite"
      form={form}
      title={t(`actions.inviteFrom.${sip.status}`)}
      intro={<p>{t('invite.intro')}</p>}
      submitLabel={t('invite.submit')}
      onCancel={onCancel}
    >
      <ConsentNotice sip={sip} />
      <fieldset className="form-group">
        <legend>{t('invite.when')}</legend>
        <div className="field-row">
          <Form.Date
            path="date"
            label={t('invite.date')}
            value={date}
            min={todayInStockholm()}
            minMessage={t('invite.errors.past')}
            required
            onChange={change(setDate, 'date')}
          />
          <Form.Text
            type="time"
            path="time"
            className="field-time"
            label={t('invite.time')}
            hint={t('invite.timeHint')}
            value={time}
            required
            onChange={change(setTime, 'time')}
          />
          <Form.Select label={t('invite.duration')} {...bindValue(duration, setDuration)}>
            {DURATIONS.map((d) => (
              <option key={d} value={String(d)}>
                {t('invite.minutes', { count: d })}
              </option>
            ))}
          </Form.Select>
        </div>
        <div className="field-row">
          <Form.Text
            path="place"
            label={t('invite.place')}
            hint={t('invite.placeHint')}
            value={place}
            onChange={change(setPlace, 'place')}
          />
          <Form.Text
            type="url"
            path="videoLink"
            label={t('invite.videoLink')}
            hint={t('invite.videoLinkHint')}
            value={videoLink}
            onChange={change(setVideoLink, 'videoLink', 'place')}
          />
        </div>
      </fieldset>
      <InviteWho
        sip={sip}
        staff={staff}
        organisations={organisations}
        value={who}
        onChange={setWho}
        participantLabel={(path) => labels(path) ?? path}
      />
      <Form.TextArea
        path="message"
        label={t('invite.message')}
        hint={t('invite.messageHint')}
        limit={2000}
        {...bindValue(message, setMessage)}
      />
    </ActionForm>
  );
}
