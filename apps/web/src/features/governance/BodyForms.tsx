import { useState } from 'react';
import type { AddMemberBody } from '@vardflata/contracts';
import { bindValue, Form, NamedOptions, useFormSubmit, type Errors } from '../../components/form';
import { StatusMessage } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useOrganisations } from '../../lib/organisations';
import { useGovernanceT } from './i18n';
import { useAddAgendaItem, useAddMember, usePlanMeeting, useRecordMinutes } from './queries';
import { useGovernanceServerErrors } from './shared';

const REPRESENTS = ['principal', 'user-organisation', 'relative-organisation'] as const;
type Represents = (typeof REPRESENTS)[number];

/** A member: a principal's representative, or a user or relative organisation's person. */
export function AddMemberForm({ bodyId }: { bodyId: string }) {
  const { t } = useGovernanceT();
  const organisations = useOrganisations();
  const add = useAddMember(bodyId);
  const server = useGovernanceServerErrors();
  const [name, setName] = useState('');
  const [represents, setRepresents] = useState<Represents[]>([]);
  const [organisationId, setOrganisationId] = useState('');
  const [message, setMessage] = useState<string>();
  const form = useFormSubmit({
    check: (): Errors => ({
      ...(name.trim() ? {} : { name: t('bodies.required') }),
      ...(represents.length ? {} : { represents: t('bodies.chooseRepresents') }),
    }),
    server,
    send: () => {
      setMessage(undefined);
      const body: AddMemberBody = { name: name.trim(), represents: represents[0]! };
      if (organisationId) body.organisationId = organisationId;
      return add.mutateAsync(body);
    },
    onSuccess: () => {
      setMessage(t('bodies.memberAdded', { name: name.trim() }));
      setName('');
      setRepresents([]);
      setOrganisationId('');
    },
  });
  return (
    <Form form={form} className="form governance-inline" aria-labelledby="add-member">
      <h3 id="add-member">{t('bodies.addMember')}</h3>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.Text
        path="name"
        label={t('bodies.memberName')}
        hint={t('bodies.memberNameHint')}
        required
        {...bindValue(name, setName)}
      />
      <Form.Choices
        type="radio"
        name="represents"
        path="represents"
        label={t('bodies.representsLabel')}
        requiredMark
        options={REPRESENTS.map((r) => ({ value: r, label: t(`represents.${r}`) }))}
        value={represents}
        onChange={(v) => {
          setRepresents(v);
          form.clear('represents');
        }}
      />
      <Form.Select
        path="organisationId"
        label={t('bodies.organisation')}
        value={organisationId}
        onChange={(e) => setOrganisationId(e.target.value)}
      >
        <NamedOptions choose={t('bodies.noOrganisation')} items={organisations.data} />
      </Form.Select>
      <Form.Actions submitLabel={t('bodies.addMemberSubmit')} />
    </Form>
  );
}

export function PlanMeetingForm({ bodyId }: { bodyId: string }) {
  const { t } = useGovernanceT();
  const plan = usePlanMeeting(bodyId);
  const [heldOn, setHeldOn] = useState('');
  const [place, setPlace] = useState('');
  const [message, setMessage] = useState<string>();
  const form = useFormSubmit({
    check: (): Errors => (heldOn ? {} : { heldOn: t('bodies.dateRequired') }),
    send: () => {
      setMessage(undefined);
      return plan.mutateAsync({ heldOn, place: place.trim() });
    },
    onSuccess: () => {
      setMessage(t('bodies.plannedDone', { date: formatDate(heldOn) }));
      setHeldOn('');
      setPlace('');
    },
  });
  return (
    <Form form={form} className="form governance-inline" aria-labelledby="plan-meeting">
      <h3 id="plan-meeting">{t('bodies.planMeeting')}</h3>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.Date
        path="heldOn"
        label={t('bodies.heldOn')}
        required
        {...bindValue(heldOn, setHeldOn)}
      />
      <Form.Text path="place" label={t('bodies.place')} {...bindValue(place, setPlace)} />
      <Form.Actions submitLabel={t('bodies.planSubmit')} />
    </Form>
  );
}

export function AddAgendaItemForm({ bodyId, meetingId }: { bodyId: string; meetingId: string }) {
  const { t } = useGovernanceT();
  const add = useAddAgendaItem(bodyId, meetingId);
  const server = useGovernanceServerErrors();
  const [title, setTitle] = useState('');
  const form = useFormSubmit({
    check: (): Errors => (title.trim() ? {} : { title: t('bodies.required') }),
    server,
    send: () => add.mutateAsync({ title: title.trim() }),
    onSuccess: () => setTitle(''),
  });
  return (
    <Form form={form} className="form governance-inline" aria-labelledby={`item-${meetingId}`}>
      <h4 id={`item-${meetingId}`}>{t('bodies.addItem')}</h4>
      <Form.Alerts />
      <Form.Text
        path="title"
        label={t('bodies.itemTitle')}
        required
        maxLength={500}
        {...bindValue(title, setTitle)}
      />
      <Form.Actions submitLabel={t('bodies.addItemSubmit')} />
    </Form>
  );
}

/** The minutes and decisions: recording them is what makes the meeting held. */
export function MinutesForm({ bodyId, meetingId }: { bodyId: string; meetingId: string }) {
  const { t } = useGovernanceT();
  const record = useRecordMinutes(bodyId, meetingId);
  const server = useGovernanceServerErrors();
  const [minutes, setMinutes] = useState('');
  const [decisions, setDecisions] = useState('');
  const [message, setMessage] = useState<string>();
  const form = useFormSubmit({
    check: (): Errors => (minutes.trim() ? {} : { minutes: t('bodies.required') }),
    server: {
      ...server,
      path: (path: string) => (path.startsWith('decisions') ? 'decisions' : path),
    },
    send: () =>
      record.mutateAsync({
        minutes: minutes.trim(),
        decisions: decisions
          .split('\n')
          .map((d) => d.trim())
          .filter(Boolean),
      }),
    onSuccess: () => setMessage(t('bodies.minutesSaved')),
  });
  return (
    <Form form={form} className="form governance-inline" aria-labelledby={`minutes-${meetingId}`}>
      <h4 id={`minutes-${meetingId}`}>{t('bodies.recordMinutes')}</h4>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.TextArea
        path="minutes"
        label={t('bodies.minutesLabel')}
        rows={5}
        limit={20000}
        required
        {...bindValue(minutes, setMinutes)}
      />
      <Form.TextArea
        path="decisions"
        label={t('bodies.decisionsLabel')}
        hint={t('bodies.decisionsHint')}
        rows={3}
        limit={20000}
        {...bindValue(decisions, setDecisions)}
      />
      <Form.Actions submitLabel={t('bodies.minutesSubmit')} />
    </Form>
  );
}
