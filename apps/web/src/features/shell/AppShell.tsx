import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router-dom';
import { hasRole } from '../../lib/roles';
import { takeSignedInHere, useMe, useSession } from '../auth/session';
import { NotificationsIndicator } from '../worklist/Notifications';
import { DemoBanner } from './DemoBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { NAV_ITEMS } from './navigation';
import { useMeta } from './useMeta';

/**
 * Moves focus to the new page's h1 after a client-side navigation (not on first load). A
 * navigation between sections of one page (state `inPage`) is left to the page, which moves
 * focus to the section it shows.
 */
function useFocusOnNavigate() {
  const { pathname, state } = useLocation();
  const inPage = (state as { inPage?: boolean } | null)?.inPage === true;
  const first = useRef(true);
  // A layout effect: focus moves in the same frame the new page appears.
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      // Right after signing in, the form that had focus is gone: start at the page heading.
      if (takeSignedInHere()) document.querySelector<HTMLElement>('main h1')?.focus();
      return;
    }
    if (inPage) return;
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname, inPage]);
}

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('shell.skipToContent')}
    </a>
  );
}

function Footer() {
  const { t } = useTranslation();
  const meta = useMeta();
  return (
    <footer className="site-footer">
      <p>
        {t('shell.footer')}
        {meta && ` · ${t('shell.version', { version: meta.version })}`}
      </p>
    </footer>
  );
}

/** Header, navigation by role and the main landmark for every signed-in page. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  const navigate = useNavigate();
  useFocusOnNavigate();

  const items = NAV_ITEMS.filter((item) => hasRole(me, item.roles));
  const place = [me.unit?.name, me.organisation?.name].filter(Boolean).join(', ');

  const onSignOut = async () => {
    await signOut();
    navigate('/', { replace: true });
  };

  return (
    <div className="layout">
      <SkipLink />
      <header className="site-header">
        <DemoBanner />
        <div className="header-bar">
          <Link to="/" className="brand">
            <span className="brand-name">Vårdfläta</span>
            <span className="brand-tagline">{t('shell.tagline')}</span>
          </Link>
          <div className="header-tools">
            <p className="user" data-testid="signed-in-user">
              <span className="user-name">{me.name}</span>
              <span className="user-place">
                {me.roles.map((r) => t(`roles.${r}`)).join(', ')}
                {place && ` · ${place}`}
              </span>
            </p>
            <NotificationsIndicator />
            <LanguageSwitch />
            <button type="button" className="button button-small" onClick={() => void onSignOut()}>
              {t('shell.signOut')}
            </button>
          </div>
        </div>
        <nav className="main-nav" aria-label={t('shell.mainNavigation')}>
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end ?? false}>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
      <Footer />
    </div>
  );
}

/** The frame of the sign-in steps: demo banner, language switch, no navigation. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="layout">
      <SkipLink />
      <header className="site-header">
        <DemoBanner />
        <div className="header-bar">
          <span className="brand">
            <span className="brand-name">Vårdfläta</span>
            <span className="brand-tagline">{t('shell.tagline')}</span>
          </span>
          <div className="header-tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main main-narrow">
        {children}
      </main>
      <Footer />
    </div>
  );
}
