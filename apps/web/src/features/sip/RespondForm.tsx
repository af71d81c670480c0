import { useEffect, useRef, useState } from 'react';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { Badge } from '../../components/Status';
import { sipServerErrors } from './errors';
import { formatMeetingTime, isOpen, scheduledMeeting } from './helpers';
import { useSipT } from './i18n';
import { useRespond } from './queries';
import type { SipDetail, SipMeeting, SipParticipant } from './types';

const ANSWER_TONE = { pending: 'warn', accepted: 'ok', declined: 'neutral' } as const;
const ANSWER_ICON = { pending: '…', accepted: '✓', declined: '✕' } as const;

export function AnswerBadge({ answer }: { answer: SipParticipant['invitation'] }) {
  const { t } = useSipT();
  return (
    <Badge tone={ANSWER_TONE[answer]}>
      <span aria-hidden="true">{ANSWER_ICON[answer]} </span>
      {t(`answers.${answer}`)}
    </Badge>
  );
}

/** Where and when: the time in Swedish time, the place or the video link. */
export function MeetingFacts({ meeting }: { meeting: SipMeeting }) {
  const { t, lang } = useSipT();
  return (
    <dl className="facts facts-grid">
      {meeting.startsAt && (
        <div>
          <dt>{t('meetings.when')}</dt>
          <dd>
            {formatMeetingTime(meeting.startsAt, lang)}
            {meeting.durationMinutes &&
              ` (${t('invite.minutes', { count: meeting.durationMinutes })})`}
          </dd>
        </div>
      )}
      {meeting.place && (
        <div>
          <dt>{t('meetings.place')}</dt>
          <dd>{meeting.place}</dd>
        </div>
      )}
      {meeting.videoLink && (
        <div>
          <dt>{t('meetings.video')}</dt>
          <dd className="break-all">
            <a href={meeting.videoLink} rel="noreferrer noopener" target="_blank">
              {meeting.videoLink}
              <span className="visually-hidden"> {t('links.newTab')}</span>
            </a>
          </dd>
        </div>
      )}
      {meeting.message && (
        <div className="span-all">
          <dt>{t('meetings.message')}</dt>
          <dd className="quote">{meeting.message}</dd>
        </div>
      )}
    </dl>
  );
}

/** Accept or decline, with an optional note; for oneself or recorded for someone else. */
export function RespondForm({
  sip,
  participant,
  own,
  level,
  onDone,
  onCancel,
}: {
  sip: SipDetail;
  participant: SipParticipant;
  own: boolean;
  /** The heading level under the section the form is in. */
  level: 3 | 4;
  onDone: (message: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useSipT();
  const respond = useRespond(sip.id);
  const [answer, setAnswer] = useState<'accepted' | 'declined' | ''>('');
  const [note, setNote] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = level === 3 ? 'h3' : 'h4';
  // Opened on request (not the signed-in user's own answer): focus goes to its heading.
  const focusOnOpen = !own;
  useEffect(() => {
    if (focusOnOpen) headingRef.current?.focus();
  }, [focusOnOpen]);
  const form = useFormSubmit({
    check: (): Errors => (answer ? {} : { response: t('respond.errors.answer') }),
    server: sipServerErrors(t),
    send: () =>
      respond.mutateAsync({
        participantId: participant.id,
        response: answer as 'accepted' | 'declined',
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: () =>
      onDone(
        t(answer === 'accepted' ? 'respond.doneAccepted' : 'respond.doneDeclined', {
          name: participant.name,
        }),
      ),
  });

  return (
    <Form form={form} className="respond-form" aria-labelledby={`respond-${participant.id}`}>
      <Heading
        id={`respond-${participant.id}`}
        ref={headingRef}
        tabIndex={-1}
        className={own ? 'visually-hidden' : undefined}
      >
        {own ? t('respond.ownHeading') : t('respond.forHeading', { name: participant.name })}
      </Heading>
      <Form.Alerts />
      <Form.Choices
        type="radio"
        name={`answer-${participant.id}`}
        path="response"
        label={
          own ? t('respond.ownQuestion') : t('respond.forQuestion', { name: participant.name })
        }
        inline
        options={(['accepted', 'declined'] as const).map((a) => ({
          value: a,
          label: t(`respond.${a}`),
        }))}
        value={answer ? [answer] : []}
        onChange={([a]) => setAnswer(a ?? '')}
      />
      <Form.TextArea
        path="note"
        label={t('respond.note')}
        rows={2}
        limit={2000}
        {...bindValue(note, setNote)}
      />
      <Form.Actions submitLabel={t('respond.submit')} cancel={onCancel && { onClick: onCancel }} />
    </Form>
  );
}

/**
 * The signed-in user's own invitation, at the top of the page: the meeting and the answer.
 */
export function YourInvitation({ sip, onDone }: { sip: SipDetail; onDone: (m: string) => void }) {
  const { t } = useSipT();
  const meeting = scheduledMeeting(sip);
  if (!meeting || !sip.mayEdit || sip.frozen || !isOpen(sip)) return null;
  // The server names the one invitation to answer (once, even if invited by name and through
  // the unit; none for the meeting the user booked).
  const mine = sip.participants.filter((p) => p.id === sip.yourInvitation?.participantId);
  if (mine.length === 0) return null;
  return (
    <section
      className="card your-invitation"
      aria-labelledby="your-invitation-heading"
      data-testid="your-invitation"
    >
      <h2 id="your-invitation-heading">{t('respond.yourHeading')}</h2>
      <MeetingFacts meeting={meeting} />
      {mine.map((p) => (
        <div key={p.id} className="your-answer">
          <p>
            {p.kind === 'unit' ? t('respond.asUnit', { unit: p.name }) : t('respond.asYou')}{' '}
            <AnswerBadge answer={p.invitation} />
          </p>
          <RespondForm sip={sip} participant={p} own level={3} onDone={onDone} />
        </div>
      ))}
    </section>
  );
}
