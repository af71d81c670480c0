import { useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { isApiError } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { formatDate, formatDateTime, formatPin } from '../../lib/format';
import { useMe } from '../auth/session';
import { personName } from '../persons/personName';
import { consentsPath, isOpen, knownStaff, mayEditPlan, personPath } from './helpers';
import { useSipT } from './i18n';
import { Lifecycle, SipStatusBadges } from './Lifecycle';
import { MissingPanel, seesPerson } from './MissingPanel';
import { ParticipantsSection, YourInvitation } from './Participants';
import { PlanEditor, useSaveDraft } from './PlanEditor';
import { OtherActorSuggestions } from './PlanFields';
import { PlanView } from './PlanView';
import { useHistory, useSavePlan, useSip } from './queries';
import { DocumentsSection, FollowUpsSection, HistorySection, VersionsSection } from './Records';
import { SipActions } from './SipActions';
import './sip.css';
import type { SipDetail } from './types';
import { usePlanDraft } from './usePlanDraft';

/** The SIP's route: /sips/:sipId. */
export function SipPage() {
  const { t } = useSipT();
  const { sipId = '' } = useParams();
  const sip = useSip(sipId);

  if (sip.isPending) {
    return (
      <>
        <PageHeading title={t('page.title')}>{t('page.title')}</PageHeading>
        <Loading />
      </>
    );
  }
  if (sip.isError) {
    const notVisible = isApiError(sip.error) && sip.error.status === 404;
    return (
      <>
        <PageHeading title={t('page.notFoundTitle')}>{t('page.notFoundTitle')}</PageHeading>
        {notVisible ? <p>{t('page.notFoundBody')}</p> : <ProblemAlert error={sip.error} />}
        <p>
          <Link to="/worklist">{t('page.toWorklist')}</Link>
        </p>
      </>
    );
  }
  return <SipScreen sip={sip.data} />;
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

/** Why the plan is shown read-only here. */
function readOnlyReason(t: ReturnType<typeof useSipT>['t'], sip: SipDetail): string {
  if (!isOpen(sip)) return t('plan.readOnly.ended');
  if (sip.frozen) return t('plan.readOnly.frozen');
  if (!sip.mayEdit) return t('plan.readOnly.ground');
  return t('plan.readOnly.other');
}

/**
 * The SIP on one screen, for use in the meeting: status and life cycle, what to do next, the
 * plan with the live list of what is missing beside it, participants and meetings, follow-ups,
 * versions, history and the printable documents.
 */
function SipScreen({ sip }: { sip: SipDetail }) {
  const { t } = useSipT();
  const me = useMe();
  const location = useLocation();
  const proposed = (location.state as { proposed?: boolean } | null)?.proposed === true;
  const history = useHistory(sip.id);
  const draft = usePlanDraft(sip);
  const save = useSavePlan(sip.id);
  const formRef = useRef<HTMLFormElement>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const missingRef = useRef<HTMLDivElement>(null);
  const [savedMessage, setSavedMessage] = useState<string>();
  const [result, setResult] = useState<string | undefined>(
    proposed ? t('page.proposed') : undefined,
  );
  const saver = useSaveDraft(save, draft, formRef, missingRef, (saved) => {
    setSavedMessage(t('plan.saved', { version: saved.version }));
    setTimeout(() => savedRef.current?.focus());
  });
  const staff = knownStaff(me, sip, history.data, draft.plan);
  const editable = mayEditPlan(sip);
  const name = personName(t, {
    givenName: sip.person.givenName,
    familyName: sip.person.familyName,
  });

  const onDone = (message: string) => {
    setResult(message);
    setTimeout(() => resultRef.current?.focus());
  };

  return (
    <div className="sip-page">
      <nav className="breadcrumb" aria-label={t('page.breadcrumb')}>
        {seesPerson(sip) && (
          <>
            <Link to={personPath(sip.personId)}>{t('page.backToPerson')}</Link>
            <span aria-hidden="true"> · </span>
          </>
        )}
        <Link to="/worklist">{t('page.toWorklist')}</Link>
      </nav>
      <PageHeading title={t('page.title')}>
        {t('page.heading')}
        <span className="visually-hidden">: </span>
        <span className="page-heading-sub">{name}</span>
      </PageHeading>
      <p className="sip-context">
        <span className="pin">{formatPin(sip.person.personalIdentityNumber)}</span>
        <SipStatusBadges sip={sip} />
        <span>{t(`accessGrounds.${sip.ground}`)}</span>
      </p>
      <div
        ref={resultRef}
        tabIndex={-1}
        role="status"
        className="status-message sip-result"
        data-testid="sip-result"
      >
        {result}
      </div>
      <Lifecycle sip={sip} />
      <FrozenBanner sip={sip} />
      <EndingBanner sip={sip} />
      <KeyFacts sip={sip} />
      <YourInvitation sip={sip} onDone={onDone} />
      <SipActions sip={sip} draft={draft} saver={saver} staff={staff} onDone={onDone} />

      <div className={`sip-layout${isOpen(sip) ? '' : ' sip-layout-single'}`}>
        <div className="sip-main">
          {editable ? (
            <PlanEditor
              sip={sip}
              draft={draft}
              save={save}
              saver={saver}
              staff={staff}
              formRef={formRef}
              missingRef={missingRef}
              savedMessage={savedMessage}
              savedRef={savedRef}
            />
          ) : (
            <PlanView sip={sip} reason={readOnlyReason(t, sip)} />
          )}
        </div>
        {isOpen(sip) && (
          <aside className="sip-aside" aria-label={t('missing.heading')}>
            <MissingPanel
              sip={sip}
              plan={editable ? draft.plan : (sip.plan as typeof draft.plan)}
              editable={editable}
            />
            {editable && draft.dirty && (
              <div className="aside-unsaved">
                <p>
                  <span aria-hidden="true">● </span>
                  {t('plan.unsaved')}
                </p>
                <button
                  type="submit"
                  form="plan-form"
                  className="button button-primary"
                  disabled={save.isPending}
                >
                  {t('plan.saveChanges')}
                </button>
              </div>
            )}
            <p className="small">
              {t('plan.versionShort', {
                version: sip.version,
                at: formatDateTime(sip.planSavedAt),
              })}
            </p>
          </aside>
        )}
      </div>

      <ParticipantsSection sip={sip} onDone={onDone} />
      <FollowUpsSection sip={sip} />
      <DocumentsSection sip={sip} />
      <VersionsSection sip={sip} />
      <HistorySection sip={sip} />
      <OtherActorSuggestions />
    </div>
  );
}
