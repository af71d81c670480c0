import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router-dom';
import { AccountPage } from './features/account/AccountPage';
import { OrganisationsPage } from './features/admin/OrganisationsPage';
import { StaffPage } from './features/admin/StaffPage';
// auth:
import { PasswordChangeStep } from './features/auth/PasswordChangeStep';
import { EnrolmentStep } from './features/auth/EnrolmentStep';
import { SecondFactorStep } from './features/auth/SecondFactorStep';
import { useSession } from './features/auth/session';
import { SignInPage } from './features/auth/SignInPage';
import { EmergencyAccessPage } from './features/emergency-access/EmergencyAccessPage';
import { LogReviewPage } from './features/log-review/LogReviewPage';
import { PersonOverviewPage } from './features/persons/PersonOverviewPage';
import { PersonSearchPage } from './features/persons/PersonSearchPage';
import { ScreeningsRoutes } from './features/screenings/ScreeningsRoutes';
import { SipRoutes } from './features/sip/SipRoutes';
import { AppShell, PublicLayout } from './features/shell/AppShell';
import { HomePage } from './features/shell/HomePage';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { RequireRole } from './features/shell/RequireRole';
import { NotificationsPage } from './features/worklist/Notifications';
// Truth on screen: self-fill locks the whole app to the questionnaire
import { useSelfFillLock } from './features/self-fill/lock';
import { SelfFillScreen } from './features/self-fill/SelfFillScreen';
import { WorklistPage } from './features/worklist/WorklistPage';
// care: care chains
import { BedBoardPage } from './features/hand-overs/BedBoardPage';
import { ReceivedDisclosuresPage } from './features/hand-overs/ReceivedDisclosuresPage';
import { EMERGENCY_ROLES, PERSON_READER_ROLES } from './lib/roles';
// followup: the follow-up dashboard (F9), with its chart library, loads when first opened
import { lazy, Suspense } from 'react';
import { Loading } from './components/Status';
// followup: the client's survey behind a one-time link, without sign-in (F10)
import { SurveyPage } from './features/surveys/SurveyPage';
import { InvitePage as SurveyInvitePage } from './features/surveys/InvitePage';
const NeedsPicturePage = lazy(() =>
  import('./features/needs-picture/NeedsPicturePage').then((m) => ({
    default: m.NeedsPicturePage,
  })),
);
const DashboardPage = lazy(() =>
  import('./features/indicators/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
// gov: the public service directory (no sign-in) and the governance screens
import { PublicDirectoryPage } from './features/public-services/PublicDirectoryPage';
import { AgreementsPage } from './features/governance/AgreementsPage';
import { DeviationsPage } from './features/governance/DeviationsPage';
import { DisputesPage } from './features/governance/DisputesPage';
import { DirectoryEditPage } from './features/governance/DirectoryEditPage';
import { FollowUpPage } from './features/governance/FollowUpPage';
// bodiesweb: collaboration bodies (F15) and competence (F16)
import { BodiesPage } from './features/governance/BodiesPage';
import { BodyPage } from './features/governance/BodyPage';
import { CoveragePage } from './features/governance/CoveragePage';
import { TrainingsPage } from './features/governance/TrainingsPage';
import { JointFinancingPage } from './features/governance/JointFinancingPage';
import { SettlementPage } from './features/governance/SettlementPage';
// carecircle: care chains
import { ReferralsPage } from './features/care-records/ReferralsPage';
// audits: user-led audits (brukarrevision): staff pages, and the team's and answerers' link pages
import { AnswerPage } from './features/user-led-audits/AnswerPage';
import { AuditDetailPage } from './features/user-led-audits/AuditDetailPage';
import { AuditsPage } from './features/user-led-audits/AuditsPage';
import { TeamPage } from './features/user-led-audits/TeamPage';

/** Every signed-in route. Later modules (SIP, screenings, indicators) add theirs here. */
function SignedInRoutes() {
  return (
    <AppShell>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route
          path="/persons"
          element={
            <RequireRole roles={PERSON_READER_ROLES}>
              <PersonSearchPage />
            </RequireRole>
          }
        />
        <Route
          path="/persons/:personId"
          element={
            <RequireRole roles={PERSON_READER_ROLES}>
              <PersonOverviewPage />
            </RequireRole>
          }
        />
        <Route
          path="/persons/:personId/screenings/*"
          element={
            <RequireRole roles={PERSON_READER_ROLES}>
              <ScreeningsRoutes />
            </RequireRole>
          }
        />
        <Route
          path="/sips/*"
          element={
            <RequireRole roles={PERSON_READER_ROLES}>
              <SipRoutes />
            </RequireRole>
          }
        />
        <Route
          path="/worklist"
          element={
            <RequireRole roles={PERSON_READER_ROLES}>
              <WorklistPage />
            </RequireRole>
          }
        />
        <Route
          path="/notifications"
          element={
            <RequireRole roles={PERSON_READER_ROLES}>
              <NotificationsPage />
            </RequireRole>
          }
        />
        <Route
          path="/emergency-access"
          element={
            <RequireRole roles={EMERGENCY_ROLES}>
              <EmergencyAccessPage />
            </RequireRole>
          }
        />
        <Route
          path="/log-review"
          element={
            <RequireRole roles={['unit-manager']}>
              <LogReviewPage />
            </RequireRole>
          }
        />
        <Route
          path="/admin/organisations"
          element={
            <RequireRole roles={['administrator']}>
              <OrganisationsPage />
            </RequireRole>
          }
        />
        <Route
          path="/admin/staff"
          element={
            <RequireRole roles={['administrator']}>
              <StaffPage />
            </RequireRole>
          }
        />
        {/* followup: the follow-up dashboard (F9) */}
        <Route
          path="/follow-up"
          element={
            <RequireRole roles={['analyst', 'unit-manager']}>
              <Suspense fallback={<Loading />}>
                <DashboardPage />
              </Suspense>
            </RequireRole>
          }
        />
        {/* followup: a client survey's one-time link and QR code (F10), for the unit's staff */}
        <Route
          path="/surveys"
          element={
            <RequireRole roles={PERSON_READER_ROLES}>
              <SurveyInvitePage />
            </RequireRole>
          }
        />
        {/* followup: the needs picture (F11), analysts only */}
        <Route
          path="/needs-picture"
          element={
            <RequireRole roles={['analyst']}>
              <Suspense fallback={<Loading />}>
                <NeedsPicturePage />
              </Suspense>
            </RequireRole>
          }
        />
        {/* care: the addiction centre's bed board */}
        <Route
          path="/bed-board"
          element={
            <RequireRole roles={PERSON_READER_ROLES}>
              <BedBoardPage />
            </RequireRole>
          }
        />
        <Route
          path="/disclosures"
          element={
            <RequireRole roles={PERSON_READER_ROLES}>
              <ReceivedDisclosuresPage />
            </RequireRole>
          }
        />
        {/* carecircle: care chains */}
        <Route
          path="/referrals"
          element={
            <RequireRole roles={PERSON_READER_ROLES}>
              <ReferralsPage />
            </RequireRole>
          }
        />
        <Route path="/account" element={<AccountPage />} />
        {/* gov: governance and support (no person data; the server decides who may act) */}
        <Route path="/deviations" element={<DeviationsPage />} />
        <Route path="/disputes" element={<DisputesPage />} />
        <Route path="/agreements" element={<AgreementsPage />} />
        <Route path="/follow-ups/:followUpId" element={<FollowUpPage />} />
        <Route path="/public-services" element={<DirectoryEditPage />} />
        <Route path="/user-led-audits" element={<AuditsPage />} />
        <Route path="/user-led-audits/:auditId" element={<AuditDetailPage />} />
        {/* bodiesweb: collaboration bodies and competence (the server decides who may act) */}
        <Route path="/collaboration-bodies" element={<BodiesPage />} />
        <Route path="/collaboration-bodies/:bodyId" element={<BodyPage />} />
        <Route path="/trainings" element={<TrainingsPage />} />
        <Route
          path="/trainings/coverage"
          element={
            <RequireRole roles={['unit-manager', 'analyst', 'administrator']}>
              <CoveragePage />
            </RequireRole>
          }
        />
        {/* gov: joint financing (F18); the server decides who may read and act */}
        <Route path="/joint-financing" element={<JointFinancingPage />} />
        <Route path="/joint-financing/settlement" element={<SettlementPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AppShell>
  );
}

/** Until the session is known and active, every path shows the current sign-in step. */
export function App() {
  const { t } = useTranslation();
  const { session } = useSession();
  // A session locked for self-fill shows the person's questionnaire and nothing else.
  const selfFill = useSelfFillLock(session.status);
  const { pathname } = useLocation();
  if (selfFill.lock) return <SelfFillScreen lock={selfFill.lock} />;
  // gov: the public directory needs no sign-in.
  if (pathname === '/hjalp') return <PublicDirectoryPage />;
  // followup: a survey link opens the survey, signed in or not (after a self-fill lock)
  const surveyToken = /^\/survey\/([A-Za-z0-9_-]+)$/.exec(pathname)?.[1];
  if (surveyToken) {
    return (
      <PublicLayout>
        <SurveyPage token={surveyToken} />
      </PublicLayout>
    );
  }
  // audits: a team link and a one-time answer link open their page, signed in or not
  const auditLink = /^\/(audit-team|audit)\/([A-Za-z0-9_-]+)$/.exec(pathname);
  if (auditLink) {
    return (
      <PublicLayout>
        {auditLink[1] === 'audit' ? (
          <AnswerPage token={auditLink[2]!} />
        ) : (
          <TeamPage token={auditLink[2]!} />
        )}
      </PublicLayout>
    );
  }
  if (selfFill.checking) {
    return (
      <PublicLayout>
        <p role="status" className="loading">
          {t('common.loading')}
        </p>
      </PublicLayout>
    );
  }
  switch (session.status) {
    case 'loading':
      return (
        <PublicLayout>
          <p role="status" className="loading">
            {t('common.loading')}
          </p>
        </PublicLayout>
      );
    case 'signed-out':
      return (
        <PublicLayout>
          <SignInPage reason={session.reason} />
        </PublicLayout>
      );
    case 'second-factor':
      return (
        <PublicLayout>
          <SecondFactorStep />
        </PublicLayout>
      );
    case 'enrolment':
      return (
        <PublicLayout>
          <EnrolmentStep />
        </PublicLayout>
      );
    // auth: first sign-in, or a password an administrator set (decision 0012)
    case 'password-change':
      return (
        <PublicLayout>
          <PasswordChangeStep />
        </PublicLayout>
      );
    case 'signed-in':
      return <SignedInRoutes />;
  }
}
