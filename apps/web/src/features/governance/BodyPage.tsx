import './governance.css';
import { Link, useParams } from 'react-router-dom';
import type { CollaborationBody } from '@vardflata/contracts';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { todayInStockholm } from '../../lib/format';
import { AddAgendaItemForm, AddMemberForm, MinutesForm, PlanMeetingForm } from './BodyForms';
import { useGovernanceT } from './i18n';
import { AgendaList, type Meeting, MeetingHeading } from './MeetingParts';
import { useBodies } from './queries';

/** One collaboration body: its members, its next meeting with the agenda (raised deviations and
 * disputes on it), later planned meetings and the held ones with minutes and decisions. */
export function BodyPage() {
  const { t } = useGovernanceT();
  const { bodyId } = useParams();
  const list = useBodies();
  const body = list.data?.items.find((b) => b.id === bodyId);
  return (
    <>
      <p>
        <Link to="/collaboration-bodies">{t('bodies.back')}</Link>
      </p>
      {list.isPending && <Loading />}
      {list.isError && <ProblemAlert error={list.error} />}
      {list.data && !body && (
        <>
          <PageHeading title={t('bodies.title')}>{t('bodies.title')}</PageHeading>
          <p>{t('bodies.notFound')}</p>
        </>
      )}
      {body && <Body body={body} />}
    </>
  );
}

function Body({ body: b }: { body: CollaborationBody }) {
  const { t } = useGovernanceT();
  const planned = b.meetings.filter((m) => m.status === 'planned');
  const held = b.meetings.filter((m) => m.status === 'held').reverse();
  const [next, ...later] = planned;
  return (
    <>
      <PageHeading title={b.name}>{b.name}</PageHeading>
      <p className="meta">{t(`bodyKinds.${b.kind}`)}</p>
      {b.description && <p>{b.description}</p>}

      <section className="card" aria-labelledby="body-members">
        <h2 id="body-members">{t('bodies.members')}</h2>
        {b.members.length === 0 && <p>{t('bodies.noMembers')}</p>}
        <ul>
          {b.members.map((m) => (
            <li key={m.id}>
              {m.organisation
                ? t('bodies.member', {
                    name: m.name,
                    organisation: m.organisation,
                    represents: t(`represents.${m.represents}`),
                  })
                : t('bodies.memberNoOrg', {
                    name: m.name,
                    represents: t(`represents.${m.represents}`),
                  })}
            </li>
          ))}
        </ul>
        {b.mayManage && <AddMemberForm bodyId={b.id} />}
      </section>

      <section className="card" aria-labelledby="body-next">
        <h2 id="body-next">{t('bodies.next')}</h2>
        {next ? (
          <NextMeeting body={b} meeting={next} />
        ) : (
          <>
            <p>{t('bodies.noPlanned')}</p>
            {b.waiting.length > 0 && (
              <>
                <h3>{t('bodies.waiting')}</h3>
                <p className="meta">{t('bodies.waitingHint')}</p>
                <AgendaList items={b.waiting} />
              </>
            )}
          </>
        )}
        {b.mayManage && <PlanMeetingForm bodyId={b.id} />}
      </section>

      {later.length > 0 && (
        <section className="card" aria-labelledby="body-later">
          <h2 id="body-later">{t('bodies.laterMeetings')}</h2>
          <ul className="governance-list">
            {later.map((m) => (
              <li key={m.id} className="governance-item">
                <MeetingHeading meeting={m} level={3} />
                <AgendaList items={m.agenda} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card" aria-labelledby="body-held">
        <h2 id="body-held">{t('bodies.heldMeetings')}</h2>
        {held.length === 0 && <p>{t('bodies.noHeld')}</p>}
        <ul className="governance-list">
          {held.map((m) => (
            <li key={m.id} className="governance-item" aria-labelledby={`meeting-${m.id}`}>
              <MeetingHeading meeting={m} level={3} />
              <HeldMeeting meeting={m} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function NextMeeting({ body, meeting: m }: { body: CollaborationBody; meeting: Meeting }) {
  const { t } = useGovernanceT();
  // Minutes are written once the day has come: a meeting is held only when it was.
  const dayHasCome = m.heldOn <= todayInStockholm();
  return (
    <div aria-labelledby={`meeting-${m.id}`}>
      <MeetingHeading meeting={m} level={3} />
      <h4>{t('bodies.agenda')}</h4>
      <AgendaList items={m.agenda} />
      {body.mayManage && (
        <>
          <AddAgendaItemForm bodyId={body.id} meetingId={m.id} />
          {dayHasCome ? (
            <MinutesForm bodyId={body.id} meetingId={m.id} />
          ) : (
            <p className="meta">{t('bodies.minutesLater')}</p>
          )}
        </>
      )}
    </div>
  );
}

function HeldMeeting({ meeting: m }: { meeting: Meeting }) {
  const { t } = useGovernanceT();
  return (
    <>
      <h4>{t('bodies.agenda')}</h4>
      <AgendaList items={m.agenda} />
      <h4>{t('bodies.minutes')}</h4>
      <p className="preserve-lines">{m.minutes}</p>
      <h4>{t('bodies.decisions')}</h4>
      {m.decisions.length === 0 ? (
        <p>{t('bodies.noDecisions')}</p>
      ) : (
        <ol>
          {m.decisions.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ol>
      )}
    </>
  );
}
