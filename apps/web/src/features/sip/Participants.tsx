import { useRef, useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../lib/format';
import { useMe } from '../auth/session';
import { isMine, isOpen, isOwnOrganisation, scheduledMeeting } from './helpers';
import { useSipT } from './i18n';
import { invitationLetterPath, useRelativesObjection, useRemoveParticipant } from './queries';
import { AnswerBadge, MeetingFacts, RespondForm } from './RespondForm';
import type { SipDetail, SipParticipant } from './types';

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
