import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { AccountPage } from './features/account/AccountPage';
import { OrganisationsPage } from './features/admin/OrganisationsPage';
import { StaffPage } from './features/admin/StaffPage';
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
import { EMERGENCY_ROLES, PERSON_READER_ROLES } from './lib/roles';
// followup: the follow-up dashboard (F9), with its chart library, loads when first opened
import { lazy, Suspense } from 'react';
import { Loading } from './components/Status';
const DashboardPage = lazy(() =>
  import('./features/indicators/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);

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
        <Route path="/account" element={<AccountPage />} />
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
  if (selfFill.lock) return <SelfFillScreen lock={selfFill.lock} />;
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
    case 'signed-in':
      return <SignedInRoutes />;
  }
}
