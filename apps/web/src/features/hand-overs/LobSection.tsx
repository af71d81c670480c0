import { useState } from 'react';
import type { LobIntake, Person } from '@vardflata/contracts';
import { isApiError } from '../../api';
import { bindValue, Form, useFormSubmit, type Errors, NamedOptions } from '../../components/form';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { useOrganisations } from '../../lib/organisations';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { useCareT } from './i18n';
import { useLobAct, usePersonLobIntakes } from './queries';

type To = 'withdrawal-care' | 'social-services' | 'home';
const TIME = /^\d{2}:\d{2}$/;
const instant = (date: string, time: string) =>
  new Date(`${date.trim()}T${time.trim()}:00`).toISOString();

/** Date and time, the kit's date field and a time field. */
function When({
  date,
  time,
  setDate,
  setTime,
  path,
}: {
  date: string;
  time: string;
  setDate: (v: string) => void;
  setTime: (v: string) => void;
  path: string;
}) {
  const { t } = useCareT();
  return (
    <>
      <Form.Date
        path={path}
        label={t('lob.date')}
        requiredMark
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
      <Form.Text
        path={`${path}Time`}
        label={t('lob.time')}
        hint={t('acts.meeting.timeHint')}
        requiredMark
        {...bindValue(time, setTime)}
      />
    </>
  );
}

function IntakeForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useCareT();
  const act = useLobAct(personId);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [by, setBy] = useState<'police' | 'other'>('police');
  const [note, setNote] = useState('');
  const form = useFormSubmit({
    check: (): Errors => ({
      ...(date.trim() ? {} : { broughtInAt: t('acts.dateRequired') }),
      ...(TIME.test(time.trim()) ? {} : { broughtInAtTime: t('acts.timeRequired') }),
    }),
    send: () =>
      act.mutateAsync({
        path: `/api/persons/${encodeURIComponent(personId)}/lob-intakes`,
        body: {
          broughtInAt: instant(date, time),
          broughtBy: by,
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      }),
    onSuccess: onDone,
  });
  return (
    <Form form={form} className="form inline-panel" aria-labelledby="lob-intake-heading">
      <h3 id="lob-intake-heading">{t('lob.intakeHeading')}</h3>
      <Form.Alerts />
      <When date={date} time={time} setDate={setDate} setTime={setTime} path="broughtInAt" />
      <Form.Choices<'police' | 'other'>
        type="radio"
        name="broughtBy"
        path="broughtBy"
        inline
        label={t('lob.broughtBy')}
        options={(['police', 'other'] as const).map((value) => ({
          value,
          label: t(`lob.by.${value}`),
        }))}
        value={[by]}
        onChange={(v) => setBy(v[0] ?? 'police')}
      />
      <Form.TextArea path="note" label={t('lob.note')} limit={4000} {...bindValue(note, setNote)} />
      <Form.Actions submitLabel={t('lob.submitIntake')} cancel={{ onClick: onDone }} />
    </Form>
  );
}

function HandOverForm({
  personId,
  intake,
  onDone,
}: {
  personId: string;
  intake: LobIntake;
  onDone: () => void;
}) {
  const { t } = useCareT();
  const organisations = useOrganisations();
  const act = useLobAct(personId);
  const [to, setTo] = useState<To | ''>('');
  const [unit, setUnit] = useState('');
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const units = (organisations.data ?? [])
    .filter((o) => o.kind === 'municipality')
    .flatMap((o) => o.units);
  const form = useFormSubmit({
    check: (): Errors => ({
      ...(to ? {} : { to: t('lob.errors.to') }),
      ...(to === 'social-services' && !unit ? { toUnitId: t('lob.errors.unit') } : {}),
      ...(to === 'withdrawal-care' && !reason.trim() ? { reason: t('lob.errors.reason') } : {}),
      ...(date.trim() ? {} : { handedOverAt: t('acts.dateRequired') }),
      ...(TIME.test(time.trim()) ? {} : { handedOverAtTime: t('acts.timeRequired') }),
    }),
    ownsProblem: (e) => isApiError(e) && e.status === 422,
    send: () =>
      act.mutateAsync({
        path: `/api/lob-intakes/${encodeURIComponent(intake.id)}/hand-over`,
        body: {
          to,
          handedOverAt: instant(date, time),
          ...(to === 'social-services' ? { toUnitId: unit } : {}),
          ...(to === 'withdrawal-care' ? { medicallyMotivated: true, reason: reason.trim() } : {}),
        },
      }),
    onSuccess: onDone,
  });
  const noConsent = isApiError(act.error) && act.error.status === 422;
  return (
    <Form form={form} className="form inline-panel" aria-labelledby={`lob-handover-${intake.id}`}>
      <h4 id={`lob-handover-${intake.id}`}>{t('lob.handoverHeading')}</h4>
      <Form.Alerts />
      {noConsent && (
        <p className="alert alert-error" role="alert">
          {t('lob.noConsent')}
        </p>
      )}
      <Form.Choices<To>
        type="radio"
        name={`to-${intake.id}`}
        path="to"
        label={t('lob.to')}
        options={(['withdrawal-care', 'social-services', 'home'] as const).map((value) => ({
          value,
          label: t(`lob.toKinds.${value}`),
        }))}
        value={to ? [to] : []}
        onChange={(v) => setTo(v[0] ?? '')}
      />
      {to === 'social-services' && (
        <Form.Select
          path="toUnitId"
          label={t('lob.unit')}
          requiredMark
          value={unit}
          onChange={(e) => setUnit(e.target.value)}
        >
          <NamedOptions choose={t('lob.chooseUnit')} items={units} />
        </Form.Select>
      )}
      {to === 'withdrawal-care' && (
        <Form.TextArea
          path="reason"
          label={t('request.reason')}
          requiredMark
          limit={4000}
          {...bindValue(reason, setReason)}
        />
      )}
      <When date={date} time={time} setDate={setDate} setTime={setTime} path="handedOverAt" />
      <Form.Actions submitLabel={t('lob.submitHandover')} cancel={{ onClick: onDone }} />
    </Form>
  );
}

/** LOB sobering intakes of the person and their hand-over (seed 002). */
export function LobSection({ person }: { person: Person }) {
  const { t } = useCareT();
  const me = useMe();
  const intakes = usePersonLobIntakes(person.id);
  const [open, setOpen] = useState(false);
  const [handing, setHanding] = useState<string | null>(null);
  const region = mayWorkWithPersons(me) && me.organisation?.kind === 'region';
  return (
    <section className="card" aria-labelledby="lob-heading">
      <h2 id="lob-heading">{t('lob.heading')}</h2>
      {intakes.isPending ? (
        <Loading />
      ) : intakes.isError ? (
        <ProblemAlert error={intakes.error} />
      ) : intakes.data.length === 0 ? (
        <p>{t('lob.none')}</p>
      ) : (
        <ul className="plain-list">
          {intakes.data.map((i) => (
            <li key={i.id}>
              <Badge tone={i.status === 'sobering' ? 'warn' : 'neutral'}>
                {t(`lob.status.${i.status}`)}
              </Badge>{' '}
              {t('lob.broughtIn', { at: formatDateTime(i.broughtInAt), unit: i.unitName })}
              {i.handoverTo &&
                ` · ${t(`lob.toKinds.${i.handoverTo}`)}${i.toUnitName ? ` (${i.toUnitName})` : ''}`}
              {i.minutesToHandover !== null &&
                ` · ${t('lob.minutes', { count: i.minutesToHandover })}`}
              {i.status === 'sobering' &&
                region &&
                i.unitId === me.unit?.id &&
                (handing === i.id ? (
                  <HandOverForm personId={person.id} intake={i} onDone={() => setHanding(null)} />
                ) : (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => setHanding(i.id)}
                    >
                      {t('lob.openHandover')}
                    </button>
                  </>
                ))}
            </li>
          ))}
        </ul>
      )}
      {region &&
        (open ? (
          <IntakeForm personId={person.id} onDone={() => setOpen(false)} />
        ) : (
          <button type="button" className="button" onClick={() => setOpen(true)}>
            {t('lob.openIntake')}
          </button>
        ))}
    </section>
  );
}
