import { useState } from 'react';
import type { Training } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { Loading, StatusMessage } from '../../components/Status';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../lib/format';
import { useGovernanceT } from './i18n';
import { usePlanSession, useRecordAttendance, useRegistrations } from './queries';

type Session = Training['sessions'][number];

export function PlanSessionForm({ training }: { training: Training }) {
  const { t } = useGovernanceT();
  const plan = usePlanSession(training.id);
  const [heldOn, setHeldOn] = useState('');
  const [place, setPlace] = useState('');
  const [message, setMessage] = useState<string>();
  const id = `plan-session-${training.id}`;
  const form = useFormSubmit({
    check: (): Errors => (heldOn ? {} : { heldOn: t('competence.dateRequired') }),
    send: () => {
      setMessage(undefined);
      return plan.mutateAsync({ heldOn, place: place.trim() });
    },
    onSuccess: () => {
      setMessage(t('competence.sessionPlanned', { date: formatDate(heldOn) }));
      setHeldOn('');
      setPlace('');
    },
  });
  return (
    <Form form={form} className="form governance-inline" aria-labelledby={id}>
      <h4 id={id}>
        {t('competence.planSession')}: {training.name}
      </h4>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.Date
        path="heldOn"
        label={t('competence.heldOn')}
        required
        {...bindValue(heldOn, setHeldOn)}
      />
      <Form.Text path="place" label={t('competence.place')} {...bindValue(place, setPlace)} />
      <Form.Actions submitLabel={t('competence.planSubmit')} />
    </Form>
  );
}

/** Ticks who of the registered attended; those already recorded are listed, not offered. */
export function AttendanceForm({ session }: { session: Session }) {
  const { t } = useGovernanceT();
  const registrations = useRegistrations(session.id);
  const record = useRecordAttendance(session.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState<string>();
  const id = `attendance-${session.id}`;
  const form = useFormSubmit({
    check: (): Errors => (chosen.length ? {} : { staffIds: t('competence.chooseAttendees') }),
    server: { path: (path: string) => (path.startsWith('staffIds') ? 'staffIds' : path) },
    send: () => {
      setMessage(undefined);
      return record.mutateAsync({ staffIds: chosen });
    },
    onSuccess: () => {
      setChosen([]);
      setMessage(t('competence.attendanceSaved'));
      void registrations.refetch();
    },
  });
  const items = registrations.data?.items ?? [];
  const open = items.filter((r) => !r.attended);
  const attended = items.filter((r) => r.attended);
  const date = formatDate(session.heldOn);
  return (
    <div className="governance-inline">
      {registrations.isPending && <Loading />}
      {registrations.isError && <ProblemAlert error={registrations.error} />}
      {attended.length > 0 && (
        <ul>
          {attended.map((r) => (
            <li key={r.staffId}>
              {t('competence.attendedAlready', { name: r.name, unit: r.unitName ?? '–' })}
            </li>
          ))}
        </ul>
      )}
      <StatusMessage>{message}</StatusMessage>
      {registrations.data && open.length === 0 && attended.length === 0 && (
        <p className="meta">{t('competence.noRegistrations')}</p>
      )}
      {open.length > 0 && (
        <Form form={form} className="form" aria-labelledby={id}>
          <h4 id={id}>{t('competence.attendance', { date })}</h4>
          <Form.Alerts />
          <Form.Choices
            type="checkbox"
            name={`attendees-${session.id}`}
            path="staffIds"
            label={t('competence.attendanceLabel')}
            hint={t('competence.attendanceHint')}
            options={open.map((r) => ({
              value: r.staffId,
              label: r.unitName ? `${r.name} (${r.unitName})` : r.name,
            }))}
            value={chosen}
            onChange={(v) => {
              setChosen(v);
              form.clear('staffIds');
            }}
          />
          <Form.Actions submitLabel={t('competence.attendanceSubmit')} />
        </Form>
      )}
    </div>
  );
}
