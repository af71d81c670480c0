import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ChoiceGroup, TextAreaField } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useMe } from '../auth/session';
import { formatMeetingTime, isMine, isOpen, isOwnOrganisation, scheduledMeeting } from './helpers';
import { useSipT } from './i18n';
import {
  invitationLetterPath,
  useRelativesObjection,
  useRemoveParticipant,
  useRespond,
} from './queries';
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
function RespondForm({
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
  const [error, setError] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = level === 3 ? 'h3' : 'h4';
  // Opened on request (not the signed-in user's own answer): focus goes to its heading.
  const focusOnOpen = !own;
  useEffect(() => {
    if (focusOnOpen) headingRef.current?.focus();
  }, [focusOnOpen]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!answer) {
      setError(t('respond.errors.answer'));
      setTimeout(() =>
        document.querySelector<HTMLInputElement>(`input[name="answer-${participant.id}"]`)?.focus(),
      );
      return;
    }
    setError(undefined);
    respond.mutate(
      {
        participantId: participant.id,
        response: answer,
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: () =>
          onDone(
            t(answer === 'accepted' ? 'respond.doneAccepted' : 'respond.doneDeclined', {
              name: participant.name,
            }),
          ),
      },
    );
  };

  return (
    <form
      className="respond-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`respond-${participant.id}`}
    >
      <Heading
        id={`respond-${participant.id}`}
        ref={headingRef}
        tabIndex={-1}
        className={own ? 'visually-hidden' : undefined}
      >
        {own ? t('respond.ownHeading') : t('respond.forHeading', { name: participant.name })}
      </Heading>
      <ProblemAlert error={respond.error} />
      <ChoiceGroup
        type="radio"
        name={`answer-${participant.id}`}
        label={
          own ? t('respond.ownQuestion') : t('respond.forQuestion', { name: participant.name })
        }
        inline
        options={(['accepted', 'declined'] as const).map((a) => ({
          value: a,
          label: t(`respond.${a}`),
        }))}
        value={answer ? [answer] : []}
        error={error}
        onChange={([a]) => setAnswer(a ?? '')}
      />
      <TextAreaField
        label={t('respond.note')}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={respond.isPending}>
          {respond.isPending ? t('common.saving') : t('respond.submit')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
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

function describe(t: ReturnType<typeof useSipT>['t'], p: SipParticipant): string {
  const where =
    p.kind === 'staff'
      ? [p.unitName, p.organisationName].filter(Boolean).join(', ')
      : p.kind === 'unit'
        ? p.organisationName
        : null;
  return [t(`participantKinds.${p.kind}`), p.role, where].filter(Boolean).join(' · ');
}

function ParticipantRow({
  sip,
  participant: p,
  onDone,
}: {
  sip: SipDetail;
  participant: SipParticipant;
  onDone: (message: string) => void;
}) {
  const { t } = useSipT();
  const me = useMe();
  const remove = useRemoveParticipant(sip.id);
  const [answering, setAnswering] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const answerButton = useRef<HTMLButtonElement>(null);
  const own = isOwnOrganisation(me, sip);
  const writable = sip.mayEdit && isOpen(sip) && !sip.frozen;
  const mayAnswer = writable && !!scheduledMeeting(sip) && (isMine(me, p) || own);

  return (
    <li className="participant" data-testid="participant">
      <div className="participant-head">
        <span className="participant-name">{p.name}</span>
        <AnswerBadge answer={p.invitation} />
      </div>
      <p className="small">{describe(t, p)}</p>
      {p.respondedOn && (
        <p className="small">
          {t('participants.respondedOn', { date: formatDate(p.respondedOn) })}
          {p.responseNote && ` – ${p.responseNote}`}
        </p>
      )}
      {!p.mayTakePart && (
        <p className="participant-warning">
          <span aria-hidden="true">⚠ </span>
          {p.kind === 'relative' ? t('participants.relativeMayNot') : t('participants.notCovered')}
        </p>
      )}
      {(mayAnswer || (writable && own)) && !answering && !confirmRemove && (
        <div className="actions">
          {mayAnswer && (
            <button
              ref={answerButton}
              type="button"
              className="button button-small"
              onClick={() => setAnswering(true)}
            >
              {isMine(me, p) ? t('participants.answer') : t('participants.recordAnswer')}
              <span className="visually-hidden"> – {p.name}</span>
            </button>
          )}
          {writable && own && (
            <button
              type="button"
              className="button button-small"
              onClick={() => setConfirmRemove(true)}
            >
              {t('participants.remove')}
              <span className="visually-hidden"> – {p.name}</span>
            </button>
          )}
        </div>
      )}
      {answering && (
        <RespondForm
          sip={sip}
          participant={p}
          own={false}
          level={4}
          onDone={(m) => {
            setAnswering(false);
            onDone(m);
          }}
          onCancel={() => {
            setAnswering(false);
            setTimeout(() => answerButton.current?.focus());
          }}
        />
      )}
      {confirmRemove && (
        <div
          className="inline-panel"
          role="group"
          aria-label={t('participants.removeConfirm', { name: p.name })}
        >
          <p>{t('participants.removeConfirm', { name: p.name })}</p>
          <ProblemAlert error={remove.error} />
          <div className="actions">
            <button
              type="button"
              className="button button-danger"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(p.id, {
                  onSuccess: () => onDone(t('participants.removed', { name: p.name })),
                })
              }
            >
              {t('participants.removeYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmRemove(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

/** The person's wish about relatives taking part, recorded by the SIP's own organisation. */
function RelativesWish({ sip, onDone }: { sip: SipDetail; onDone: (m: string) => void }) {
  const { t } = useSipT();
  const me = useMe();
  const objection = useRelativesObjection(sip.id);
  const c = sip.consent;
  const status = c.personObjectsToRelatives
    ? t('relatives.objects')
    : c.relativesParticipation
      ? t('relatives.may')
      : t('relatives.noConsent');
  const mayChange = sip.mayEdit && isOpen(sip) && isOwnOrganisation(me, sip);
  return (
    <div className="relatives-wish">
      <h3>{t('relatives.heading')}</h3>
      <p>{status}</p>
      <ProblemAlert error={objection.error} />
      {mayChange && (
        <button
          type="button"
          className="button button-small"
          disabled={objection.isPending}
          onClick={() =>
            objection.mutate(
              { objects: !c.personObjectsToRelatives },
              {
                onSuccess: () =>
                  onDone(
                    c.personObjectsToRelatives
                      ? t('relatives.liftedDone')
                      : t('relatives.objectsDone'),
                  ),
              },
            )
          }
        >
          {c.personObjectsToRelatives ? t('relatives.lift') : t('relatives.object')}
        </button>
      )}
    </div>
  );
}

/** Participants with their answers, the meeting to come, and the meetings held. */
export function ParticipantsSection({
  sip,
  onDone,
}: {
  sip: SipDetail;
  onDone: (m: string) => void;
}) {
  const { t } = useSipT();
  const meeting = scheduledMeeting(sip);
  const held = sip.meetings.filter((m) => m.status === 'held');
  const names = new Map(sip.participants.map((p) => [p.id, p.name]));
  return (
    <section
      className="card"
      aria-labelledby="participants-heading"
      id="participants"
      data-testid="participants"
    >
      <h2 id="participants-heading">{t('participants.heading')}</h2>
      <div className="participants-layout">
        <div>
          <h3>{t('participants.listHeading', { count: sip.participants.length })}</h3>
          {sip.participants.length === 0 ? (
            <p className="muted">{t('participants.none')}</p>
          ) : (
            <ul className="participant-list">
              {sip.participants.map((p) => (
                <ParticipantRow key={p.id} sip={sip} participant={p} onDone={onDone} />
              ))}
            </ul>
          )}
          <RelativesWish sip={sip} onDone={onDone} />
        </div>
        <div>
          <h3>{t('meetings.next')}</h3>
          {meeting ? (
            <>
              <MeetingFacts meeting={meeting} />
              <p>
                <a href={invitationLetterPath(sip.id)}>{t('documents.invitationLetter')}</a>
              </p>
            </>
          ) : (
            <p className="muted">{t('meetings.noneScheduled')}</p>
          )}
          <h3>{t('meetings.held')}</h3>
          {held.length === 0 ? (
            <p className="muted">{t('meetings.noneHeld')}</p>
          ) : (
            <ul className="plain-list meeting-list">
              {held.map((m) => (
                <li key={m.id}>
                  <p>
                    <strong>{m.heldOn ? formatDate(m.heldOn) : '–'}</strong> ·{' '}
                    {t(`meetings.purposes.${m.purpose}`)}
                  </p>
                  {m.attendedParticipantIds && m.attendedParticipantIds.length > 0 && (
                    <p className="small">
                      {t('meetings.attended')}:{' '}
                      {m.attendedParticipantIds.map((id) => names.get(id) ?? '–').join(', ')}
                    </p>
                  )}
                  {m.notes && <p className="quote">{m.notes}</p>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
