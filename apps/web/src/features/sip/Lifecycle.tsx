import { Badge } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useSipT } from './i18n';
import type { SipDetail, SipStatus } from './types';

export const STATUS_TONE: Record<SipStatus, 'neutral' | 'ok' | 'warn' | 'danger' | 'info'> = {
  proposed: 'info',
  invited: 'info',
  'meeting-held': 'info',
  active: 'ok',
  closed: 'neutral',
  refused: 'neutral',
  withdrawn: 'neutral',
};

/** The status in words; a frozen SIP says so beside it (not by colour alone). */
export function SipStatusBadges({ sip }: { sip: Pick<SipDetail, 'status' | 'frozen'> }) {
  const { t } = useSipT();
  return (
    <>
      <Badge tone={STATUS_TONE[sip.status]}>{t(`status.${sip.status}`)}</Badge>
      {sip.frozen && (
        <>
          {' '}
          <Badge tone="warn">
            <span aria-hidden="true">❄ </span>
            {t('status.frozen')}
          </Badge>
        </>
      )}
    </>
  );
}

type Step = 'proposed' | 'invited' | 'meeting-held' | 'active' | 'follow-ups' | 'closed';
const STEPS: readonly Step[] = [
  'proposed',
  'invited',
  'meeting-held',
  'active',
  'follow-ups',
  'closed',
];

/** Which steps the SIP has been through, from its facts (a meeting may come without invitation). */
function reached(sip: SipDetail): Set<Step> {
  const done = new Set<Step>(['proposed']);
  if (sip.meetings.some((m) => m.startsAt) || sip.participants.some((p) => p.invitedOn))
    done.add('invited');
  if (sip.firstMeetingOn) done.add('meeting-held');
  if (sip.activatedOn) done.add('active');
  if (sip.followUps.length > 0) done.add('follow-ups');
  if (sip.status === 'closed') done.add('closed');
  return done;
}

function currentStep(sip: SipDetail): Step | null {
  switch (sip.status) {
    case 'proposed':
    case 'invited':
    case 'meeting-held':
      return sip.status;
    case 'active':
      return sip.followUps.length > 0 ? 'follow-ups' : 'active';
    case 'closed':
      return 'closed';
    default:
      return null;
  }
}

/**
 * The life cycle as an ordered list: proposed → invited → meeting held → active → follow-ups
 * → closed, or where it ended (refused, withdrawn). Each step says in words whether it is done,
 * current or to come; the current one is marked aria-current="step".
 */
export function Lifecycle({ sip }: { sip: SipDetail }) {
  const { t } = useSipT();
  const done = reached(sip);
  const current = currentStep(sip);
  const ended = sip.status === 'refused' || sip.status === 'withdrawn';
  const dates: Partial<Record<Step, string | null>> = {
    proposed: sip.proposedOn,
    invited:
      sip.participants
        .map((p) => p.invitedOn)
        .filter(Boolean)
        .sort()[0] ?? null,
    'meeting-held': sip.firstMeetingOn,
    active: sip.activatedOn,
    'follow-ups': sip.followUps.at(-1)?.heldOn ?? null,
    closed: sip.ending?.kind === 'closed' ? sip.ending.on : null,
  };
  const steps = ended ? STEPS.filter((s) => done.has(s)) : STEPS;

  return (
    <section aria-labelledby="lifecycle-heading" className="lifecycle-wrap">
      <h2 id="lifecycle-heading" className="visually-hidden">
        {t('lifecycle.label')}
      </h2>
      <ol className="lifecycle" data-testid="lifecycle">
        {steps.map((step) => {
          // A closed SIP has gone all the way: its last step is done, and still the current one.
          const state =
            step === current && sip.status !== 'closed'
              ? 'current'
              : done.has(step)
                ? 'done'
                : 'todo';
          const date = dates[step];
          return (
            <li
              key={step}
              className={`lifecycle-step lifecycle-${state}`}
              aria-current={step === current ? 'step' : undefined}
            >
              <span className="lifecycle-marker" aria-hidden="true">
                {state === 'done' ? '✓' : state === 'current' ? '●' : ''}
              </span>
              <span className="lifecycle-text">
                <span className="lifecycle-name">{t(`lifecycle.steps.${step}`)}</span>
                <span className="visually-hidden">, {t(`lifecycle.state.${state}`)}</span>
                {date && state !== 'todo' && (
                  <span className="lifecycle-date">{formatDate(date)}</span>
                )}
              </span>
            </li>
          );
        })}
        {ended && sip.ending && (
          <li className="lifecycle-step lifecycle-ended" aria-current="step">
            <span className="lifecycle-marker" aria-hidden="true">
              ✕
            </span>
            <span className="lifecycle-text">
              <span className="lifecycle-name">{t(`status.${sip.status}`)}</span>
              <span className="lifecycle-date">{formatDate(sip.ending.on)}</span>
            </span>
          </li>
        )}
      </ol>
    </section>
  );
}
