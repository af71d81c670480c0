import { useRef, useState, type ReactNode } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { LeaveDialog, useLeaveWarning } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { formatPin } from '../../lib/format';
import { useMe } from '../auth/session';
import { personName } from '../persons/personName';
import { knownStaff, mayEditPlan, personPath, sipPath } from './helpers';
import { ChildrenQuestionPanel } from './ChildrenQuestionPanel';
import { useSipT } from './i18n';
import { Lifecycle, SipStatusBadges } from './Lifecycle';
import { seesPerson } from './MissingPanel';
import { ParticipantsSection } from './Participants';
import { OtherActorSuggestions } from './PlanFields';
import { PlanSection } from './PlanSection';
import { useHistory } from './queries';
import { DocumentsSection, FollowUpsSection, HistorySection, VersionsSection } from './Records';
import { YourInvitation } from './RespondForm';
import { SectionFrame, SectionNav, SIP_SECTIONS, sectionPath } from './SipSections';
import { SipActions } from './SipActions';
import type { SipDetail } from './types';
import { usePlanDraft } from './usePlanDraft';
import { usePlanSaver } from './usePlanSaver';

/**
 * The SIP, for use in the meeting. Above the sections, always: who and what state, the life
 * cycle, the facts, the user's own invitation and what can happen next. Below, one section
 * at a time at its own address — the plan first, then participants and meetings, follow-ups,
 * versions and history, and the documents. The plan being edited lives here, above the
 * sections, so moving between them keeps it; leaving the SIP with unsaved changes asks first.
 */
export function SipScreen({
  sip,
  facts,
}: {
  sip: SipDetail;
  /** The banners (frozen, ended) and the key facts, shown under the life cycle. */
  facts: ReactNode;
}) {
  const { t } = useSipT();
  const me = useMe();
  const location = useLocation();
  const proposed = (location.state as { proposed?: boolean } | null)?.proposed === true;
  const history = useHistory(sip.id);
  const draft = usePlanDraft(sip);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [savedMessage, setSavedMessage] = useState<string>();
  const [result, setResult] = useState<string | undefined>(
    proposed ? t('page.proposed') : undefined,
  );
  const saver = usePlanSaver(sip, draft, (saved) => {
    setSavedMessage(t('plan.saved', { version: saved.version }));
    setTimeout(() => savedRef.current?.focus());
  });
  const unsaved = mayEditPlan(sip) && draft.dirty;
  const base = sipPath(sip.id);
  // The SIP's own sections keep the draft; anywhere else (the own view too) would lose it.
  const blocker = useLeaveWarning(unsaved, (pathname) =>
    SIP_SECTIONS.some((section) => sectionPath(sip.id, section.key) === pathname),
  );
  const staff = knownStaff(me, sip, history.data, draft.plan);
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
      {facts}
      <YourInvitation sip={sip} onDone={onDone} />
      <SipActions sip={sip} draft={draft} saver={saver} staff={staff} onDone={onDone} />
      <ChildrenQuestionPanel sip={sip} />

      <SectionNav sipId={sip.id} unsaved={unsaved} />
      <SectionFrame>
        <Routes>
          <Route
            index
            element={
              <PlanSection
                sip={sip}
                draft={draft}
                saver={saver}
                staff={staff}
                savedMessage={savedMessage}
                savedRef={savedRef}
              />
            }
          />
          <Route path="meetings" element={<ParticipantsSection sip={sip} onDone={onDone} />} />
          <Route path="follow-ups" element={<FollowUpsSection sip={sip} />} />
          <Route
            path="history"
            element={
              <>
                <VersionsSection sip={sip} />
                <HistorySection sip={sip} />
              </>
            }
          />
          <Route path="documents" element={<DocumentsSection sip={sip} />} />
          <Route path="*" element={<Navigate to={base} replace />} />
        </Routes>
      </SectionFrame>
      <OtherActorSuggestions />
      <LeaveDialog
        blocker={blocker}
        title={t('leave.title')}
        saving={saver.pending}
        onSave={(done) => void saver.run(draft.plan, draft.baseVersion).then((s) => done(!!s))}
      >
        <p>{t('leave.body')}</p>
      </LeaveDialog>
    </div>
  );
}
