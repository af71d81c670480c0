import { useRef, useState, type FormEvent } from 'react';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { isApiError } from '../../api';
import { isIsoDate, todayInStockholm } from '../../lib/format';
import { useOrganisations } from '../../lib/organisations';
import { useMe } from '../auth/session';
import { ActionForm, ConsentNotice, ErrorSummary, focusPath, type Errors } from './ActionForm';
import { sipFieldMessage } from './errors';
import type { KnownStaff } from './helpers';
import { stockholmToIso } from './helpers';
import { useSipT } from './i18n';
import { useInvite } from './queries';
import { StaffPicker } from './StaffPicker';
import type { SipDetail, SipParticipantInput } from './types';

interface NamedRow {
  name: string;
  role: string;
}

const DURATIONS = [30, 45, 60, 90, 120] as const;

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
  const me = useMe();
  const organisations = useOrganisations();
  const invite = useInvite(sip.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [duration, setDuration] = useState('60');
  const [place, setPlace] = useState('');
  const [videoLink, setVideoLink] = useState('');
  const [message, setMessage] = useState('');
  const hasPerson = sip.participants.some((p) => p.kind === 'person');
  const [person, setPerson] = useState(!hasPerson);
  const [units, setUnits] = useState<string[]>([]);
  const [providers, setProviders] = useState<string[]>([]);
  const [chosenStaff, setChosenStaff] = useState<KnownStaff[]>([]);
  const [others, setOthers] = useState<NamedRow[]>([]);
  const [relatives, setRelatives] = useState<NamedRow[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  /** A field's message goes once the field is changed; the rest stay until the next send. */
  const changed = (path: string) =>
    setErrors((e) => {
      if (!(path in e)) return e;
      const { [path]: _gone, ...rest } = e;
      return rest;
    });

  // Units already invited as units (a staff participant's unit is not the unit invited).
  const taken = new Set(
    sip.participants.flatMap((p) =>
      (p.kind === 'unit' || p.kind === 'private-provider') && p.unitId ? [p.unitId] : [],
    ),
  );
  const principalOrgs = (organisations.data ?? []).filter((o) => o.kind !== 'private-provider');
  const providerOrgs = (organisations.data ?? []).filter((o) => o.kind === 'private-provider');
  // Staff already taking part (and the inviter) are not offered again.
  const staffTaken = [
    me.id,
    ...sip.participants.flatMap((p) => (p.kind === 'staff' && p.staffId ? [p.staffId] : [])),
    ...chosenStaff.map((s) => s.staffId),
  ];
  const title = t(`actions.inviteFrom.${sip.status}`);

  /** The participants to add, in the order the server names them (participants[i]). */
  const build = (): { input: SipParticipantInput; label: string }[] => {
    const out: { input: SipParticipantInput; label: string }[] = [];
    if (person && !hasPerson) out.push({ input: { kind: 'person' }, label: t('invite.person') });
    for (const o of principalOrgs)
      for (const u of o.units)
        if (units.includes(u.id))
          out.push({ input: { kind: 'unit', unitId: u.id }, label: `${u.name}, ${o.name}` });
    for (const o of providerOrgs)
      for (const u of o.units)
        if (providers.includes(u.id))
          out.push({
            input: { kind: 'private-provider', organisationId: o.id, unitId: u.id },
            label: `${u.name}, ${o.name}`,
          });
    for (const s of chosenStaff)
      out.push({ input: { kind: 'staff', staffId: s.staffId }, label: s.name });
    others.forEach((r) =>
      out.push({
        input: {
          kind: 'other-actor',
          name: r.name.trim(),
          ...(r.role.trim() ? { role: r.role.trim() } : {}),
        },
        label: r.name.trim(),
      }),
    );
    relatives.forEach((r) =>
      out.push({
        input: {
          kind: 'relative',
          name: r.name.trim(),
          ...(r.role.trim() ? { role: r.role.trim() } : {}),
        },
        label: r.name.trim(),
      }),
    );
    return out;
  };

  const labels = (path: string): string => {
    if (path === 'date') return t('invite.date');
    if (path === 'time') return t('invite.time');
    if (path === 'place') return t('invite.place');
    if (path === 'videoLink') return t('invite.videoLink');
    const m = /^(others|relatives)\[(\d+)\]$/.exec(path);
    if (m) return t(m[1] === 'others' ? 'invite.otherName' : 'invite.relativeName');
    const p = /^participants\[(\d+)\]/.exec(path);
    if (p) return build()[Number(p[1])]?.label ?? path;
    return path;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    const startsAt = stockholmToIso(date, time);
    if (!date.trim()) next.date = t('form.dateRequired');
    else if (!isIsoDate(date)) next.date = t('form.dateInvalid');
    if (!time.trim()) next.time = t('invite.errors.time');
    else if (!/^\d{1,2}:\d{2}$/.test(time)) next.time = t('invite.errors.timeInvalid');
    if (!next.date && !next.time && startsAt && new Date(startsAt).getTime() <= Date.now())
      next.date = t('invite.errors.past');
    if (!place.trim() && !videoLink.trim()) next.place = t('invite.errors.placeOrVideo');
    if (videoLink.trim() && !/^https:\/\/\S+$/.test(videoLink.trim()))
      next.videoLink = t('invite.errors.https');
    others.forEach((r, i) => {
      if (!r.name.trim()) next[`others[${i}]`] = t('fieldErrors.required');
    });
    relatives.forEach((r, i) => {
      if (!r.name.trim()) next[`relatives[${i}]`] = t('fieldErrors.required');
    });
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      setTimeout(() => focusPath(formRef.current, first));
      return;
    }
    const participants = build();
    invite.mutate(
      {
        meeting: {
          startsAt: startsAt!,
          durationMinutes: Number(duration),
          ...(place.trim() ? { place: place.trim() } : {}),
          ...(videoLink.trim() ? { videoLink: videoLink.trim() } : {}),
        },
        participants: participants.map((p) => p.input),
        ...(message.trim() ? { message: message.trim() } : {}),
      },
      {
        onSuccess: () => onDone(t('invite.done')),
        onError: (error) => {
          if (!isApiError(error)) return;
          const fromServer: Errors = {};
          for (const e of error.fieldErrors) {
            const path =
              e.path === 'meeting.startsAt'
                ? 'date'
                : e.path === 'meeting.place'
                  ? 'place'
                  : e.path === 'meeting.videoLink'
                    ? 'videoLink'
                    : e.path.replace(/\.(staffId|unitId|organisationId|name)$/, '');
            fromServer[path] = sipFieldMessage(t, e.message);
          }
          setErrors(fromServer);
        },
      },
    );
  };

  const rowEditor = (
    kind: 'others' | 'relatives',
    rows: NamedRow[],
    setRows: (rows: NamedRow[]) => void,
  ) =>
    rows.map((r, i) => (
      <div className="inline-fields participant-row" key={i}>
        <TextField
          className="field-grow"
          label={t(kind === 'others' ? 'invite.otherName' : 'invite.relativeName')}
          list={kind === 'others' ? 'sip-other-actors' : undefined}
          value={r.name}
          error={errors[`${kind}[${i}]`]}
          data-path={`${kind}[${i}]`}
          onChange={(e) =>
            setRows(rows.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))
          }
        />
        <TextField
          className="field-medium"
          label={t(kind === 'others' ? 'invite.otherRole' : 'invite.relativeRole')}
          value={r.role}
          onChange={(e) =>
            setRows(rows.map((x, j) => (j === i ? { ...x, role: e.target.value } : x)))
          }
        />
        <button
          type="button"
          className="button button-small"
          onClick={() => setRows(rows.filter((_, j) => j !== i))}
        >
          {t('invite.removeRow')}
          <span className="visually-hidden"> {r.name}</span>
        </button>
      </div>
    ));

  // Errors the server gave for a participant show beside the list and in the summary.
  const participantErrors = Object.entries(errors).filter(([p]) => p.startsWith('participants['));

  return (
    <ActionForm
      id="invite"
      title={title}
      intro={<p>{t('invite.intro')}</p>}
      submitLabel={t('invite.submit')}
      pending={invite.isPending}
      error={Object.keys(errors).length ? null : invite.error}
      formRef={formRef}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <ConsentNotice sip={sip} />
      <ErrorSummary errors={errors} labels={labels} root={() => formRef.current} />
      <fieldset className="form-group">
        <legend>{t('invite.when')}</legend>
        <div className="field-row">
          <TextField
            type="date"
            className="field-date"
            label={t('invite.date')}
            value={date}
            error={errors.date}
            data-path="date"
            min={todayInStockholm()}
            required
            onChange={(e) => {
              setDate(e.target.value);
              changed('date');
            }}
          />
          <TextField
            type="time"
            className="field-time"
            label={t('invite.time')}
            hint={t('invite.timeHint')}
            value={time}
            error={errors.time}
            data-path="time"
            required
            onChange={(e) => {
              setTime(e.target.value);
              changed('time');
            }}
          />
          <SelectField
            label={t('invite.duration')}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
          >
            {DURATIONS.map((d) => (
              <option key={d} value={String(d)}>
                {t('invite.minutes', { count: d })}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="field-row">
          <TextField
            label={t('invite.place')}
            hint={t('invite.placeHint')}
            value={place}
            error={errors.place}
            data-path="place"
            onChange={(e) => {
              setPlace(e.target.value);
              changed('place');
            }}
          />
          <TextField
            type="url"
            label={t('invite.videoLink')}
            hint={t('invite.videoLinkHint')}
            value={videoLink}
            error={errors.videoLink}
            data-path="videoLink"
            onChange={(e) => {
              setVideoLink(e.target.value);
              changed('videoLink');
              changed('place');
            }}
          />
        </div>
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('invite.who')}</legend>
        <p className="field-hint">{t('invite.whoHint')}</p>
        {participantErrors.length > 0 && (
          <ul className="field-error" data-testid="participant-errors">
            {participantErrors.map(([p, m]) => (
              <li key={p}>
                {labels(p)}: {m}
              </li>
            ))}
          </ul>
        )}
        {hasPerson ? (
          <p>{t('invite.personAlready')}</p>
        ) : (
          <CheckboxField
            label={t('invite.person')}
            hint={t('invite.personHint')}
            checked={person}
            onChange={(e) => setPerson(e.target.checked)}
          />
        )}
        {principalOrgs.map((o) => (
          <fieldset key={o.id} className="field choice-group">
            <legend className="field-label">
              {o.name} <span className="muted">({t(`organisationKinds.${o.kind}`)})</span>
            </legend>
            <div className="choices">
              {o.units.map((u) =>
                taken.has(u.id) ? (
                  <p key={u.id} className="check-done">
                    <span aria-hidden="true">✓ </span>
                    {u.name} – {t('invite.already')}
                  </p>
                ) : (
                  <CheckboxField
                    key={u.id}
                    label={u.name}
                    checked={units.includes(u.id)}
                    onChange={(e) =>
                      setUnits((x) =>
                        e.target.checked ? [...x, u.id] : x.filter((y) => y !== u.id),
                      )
                    }
                  />
                ),
              )}
            </div>
          </fieldset>
        ))}
        {providerOrgs.length > 0 && (
          <fieldset className="field choice-group">
            <legend className="field-label">{t('invite.providers')}</legend>
            <div className="choices">
              {providerOrgs.flatMap((o) =>
                o.units.map((u) =>
                  taken.has(u.id) ? (
                    <p key={u.id} className="check-done">
                      <span aria-hidden="true">✓ </span>
                      {u.name}, {o.name} – {t('invite.already')}
                    </p>
                  ) : (
                    <CheckboxField
                      key={u.id}
                      label={`${u.name}, ${o.name}`}
                      checked={providers.includes(u.id)}
                      onChange={(e) =>
                        setProviders((x) =>
                          e.target.checked ? [...x, u.id] : x.filter((y) => y !== u.id),
                        )
                      }
                    />
                  ),
                ),
              )}
            </div>
          </fieldset>
        )}
        <fieldset className="field choice-group">
          <legend className="field-label">{t('invite.staff')}</legend>
          {chosenStaff.length > 0 && (
            <ul className="staff-chosen">
              {chosenStaff.map((s) => (
                <li key={s.staffId}>
                  {s.place ? `${s.name} — ${s.place}` : s.name}{' '}
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => setChosenStaff((x) => x.filter((y) => y.staffId !== s.staffId))}
                  >
                    {t('invite.removeRow')}
                    <span className="visually-hidden"> {s.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <StaffPicker
            label={t('invite.staffSearch')}
            hint={t('invite.staffHint')}
            suggestions={staff}
            exclude={staffTaken}
            onSelect={(s) => setChosenStaff((x) => [...x, s])}
          />
        </fieldset>
        <fieldset className="field choice-group">
          <legend className="field-label">{t('invite.others')}</legend>
          <p className="field-hint">{t('invite.othersHint')}</p>
          {rowEditor('others', others, setOthers)}
          <div>
            <button
              type="button"
              className="button button-small"
              onClick={() => setOthers((x) => [...x, { name: '', role: '' }])}
            >
              {t('invite.addOther')}
            </button>
          </div>
        </fieldset>
        <fieldset className="field choice-group">
          <legend className="field-label">{t('invite.relatives')}</legend>
          {sip.consent.relativesMayTakePart ? (
            <>
              {rowEditor('relatives', relatives, setRelatives)}
              <div>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setRelatives((x) => [...x, { name: '', role: '' }])}
                >
                  {t('invite.addRelative')}
                </button>
              </div>
            </>
          ) : (
            <p className="field-hint">
              {sip.consent.personObjectsToRelatives
                ? t('invite.relativesObjection')
                : t('invite.relativesNoConsent')}
            </p>
          )}
        </fieldset>
      </fieldset>

      <TextAreaField
        label={t('invite.message')}
        hint={t('invite.messageHint')}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
      />
    </ActionForm>
  );
}
