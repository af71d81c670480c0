import { Link, useParams } from 'react-router-dom';
import { LoadedPage } from '../../components/LoadedPage';
import { Badge } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { consentsPath, isOpen } from './helpers';
import { useSipT } from './i18n';
import { seesPerson } from './MissingPanel';
import { useSip } from './queries';
import './sip.css';
import { SipScreen } from './SipScreen';
import type { SipDetail } from './types';

/** The SIP's route: /sips/:sipId and its sections (/sips/:sipId/meetings, …). */
export function SipPage() {
  const { t } = useSipT();
  const { sipId = '' } = useParams();
  const sip = useSip(sipId);

  return (
    <LoadedPage
      query={sip}
      title={t('page.title')}
      notFound={{
        title: t('page.notFoundTitle'),
        body: t('page.notFoundBody'),
        way: <Link to="/worklist">{t('page.toWorklist')}</Link>,
      }}
    >
      {(data) => (
        <SipScreen
          sip={data}
          facts={
            <>
              <FrozenBanner sip={data} />
              <EndingBanner sip={data} />
              <KeyFacts sip={data} />
            </>
          }
        />
      )}
    </LoadedPage>
  );
}

/** Why and since when the plan is frozen, and what to do. */
function FrozenBanner({ sip }: { sip: SipDetail }) {
  const { t } = useSipT();
  if (!sip.frozen) return null;
  return (
    <div className="alert alert-warning frozen-banner" data-testid="frozen-banner">
      <h2>
        <span aria-hidden="true">❄ </span>
        {t('frozen.title')}
      </h2>
      <p>
        {sip.consent.frozenSince
          ? t('frozen.whySince', { date: formatDate(sip.consent.frozenSince) })
          : t('frozen.why')}
      </p>
      <p>{t('frozen.effect')}</p>
      <p>
        <strong>{t('frozen.todo')}</strong>{' '}
        {seesPerson(sip) ? (
          <Link to={consentsPath(sip.personId)}>{t('frozen.recordConsent')}</Link>
        ) : (
          t('frozen.askOwner', { unit: sip.unit.name })
        )}
      </p>
    </div>
  );
}

function EndingBanner({ sip }: { sip: SipDetail }) {
  const { t } = useSipT();
  const e = sip.ending;
  if (!e) return null;
  return (
    <div className="alert ending-banner" data-testid="ending-banner">
      <p>
        <strong>{t(`ending.${e.kind}`, { date: formatDate(e.on) })}</strong>{' '}
        {e.outcome && t('ending.outcome', { outcome: t(`outcomes.${e.outcome}`) })}
      </p>
      {(e.reason || e.note) && <p className="quote">{e.reason ?? e.note}</p>}
    </div>
  );
}

/** The facts a meeting needs at a glance: who proposed it, the wait, the next date, consent. */
function KeyFacts({ sip }: { sip: SipDetail }) {
  const { t } = useSipT();
  const source = sip.proposal.source;
  const by =
    source.kind === 'staff'
      ? (source.name ?? sip.proposal.recordedBy.name)
      : [t(`sources.${source.kind}`), source.name].filter(Boolean).join(': ');
  const wait = sip.timing.proposalToFirstMeeting;
  const follow = sip.timing.followUp;
  return (
    <dl className="facts facts-grid key-facts" data-testid="key-facts">
      <div>
        <dt>{t('facts.proposed')}</dt>
        <dd>
          {formatDate(sip.proposedOn)} – {by}
          {sip.proposal.note && <span className="fact-note">{sip.proposal.note}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('facts.owner')}</dt>
        <dd>
          {sip.unit.name}, {sip.organisation.name}
        </dd>
      </div>
      <div>
        <dt>{t('facts.firstMeeting')}</dt>
        <dd data-testid="days-to-first-meeting">
          {/* Only a held meeting counts: before one, the wait so far, never a made-up zero. */}
          {wait.met && wait.days !== null
            ? t('facts.daysToMeeting', { count: wait.days })
            : t('facts.waitingDays', { count: wait.waitingDays ?? 0 })}
        </dd>
      </div>
      <div>
        <dt>{t('facts.nextFollowUp')}</dt>
        <dd>
          {!isOpen(sip)
            ? t('facts.notApplicable')
            : follow.nextFollowUpOn
              ? formatDate(follow.nextFollowUpOn)
              : t('facts.notSet')}
          {follow.state === 'overdue' && (
            <>
              {' '}
              <Badge tone="danger">{t('facts.overdue', { count: -(follow.daysUntil ?? 0) })}</Badge>
            </>
          )}
          {follow.state === 'due' && (
            <>
              {' '}
              <Badge tone="warn">{t('facts.due', { count: follow.daysUntil ?? 0 })}</Badge>
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('facts.consent')}</dt>
        <dd>
          {sip.consent.sip
            ? sip.consent.sipValidUntil
              ? t('facts.consentUntil', { date: formatDate(sip.consent.sipValidUntil) })
              : t('facts.consentOpen')
            : t('facts.consentMissing')}
        </dd>
      </div>
      <div>
        <dt>{t('facts.coordinator')}</dt>
        <dd>{sip.coordinator?.name ?? t('facts.notSet')}</dd>
      </div>
    </dl>
  );
}
