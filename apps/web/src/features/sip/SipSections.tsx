import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { focusElement, sipPath } from './helpers';
import { useSipT } from './i18n';

/** The parts of a SIP page, each at its own address under /sips/:id; the plan comes first. */
export const SIP_SECTIONS = [
  { key: 'plan', path: '' },
  { key: 'meetings', path: 'meetings' },
  { key: 'follow-ups', path: 'follow-ups' },
  { key: 'history', path: 'history' },
  { key: 'documents', path: 'documents' },
] as const;

export type SipSectionKey = (typeof SIP_SECTIONS)[number]['key'];

export const sectionPath = (sipId: string, key: SipSectionKey) => {
  const path = SIP_SECTIONS.find((s) => s.key === key)?.path ?? '';
  return path ? `${sipPath(sipId)}/${path}` : sipPath(sipId);
};

/** Moving between sections keeps the page: the shell leaves focus to it (see AppShell). */
export const IN_PAGE = { inPage: true } as const;

/**
 * The section links: a navigation landmark of its own, the current section marked
 * aria-current="page". The plan's link says when it holds changes not yet saved.
 */
export function SectionNav({ sipId, unsaved }: { sipId: string; unsaved: boolean }) {
  const { t } = useSipT();
  return (
    <nav className="sip-sections" aria-label={t('sections.label')} data-testid="sip-sections">
      <ul>
        {SIP_SECTIONS.map((section) => (
          <li key={section.key}>
            <NavLink to={sectionPath(sipId, section.key)} end state={IN_PAGE}>
              {t(`sections.${section.key}`)}
              {section.key === 'plan' && unsaved && (
                <>
                  <span aria-hidden="true"> ●</span>
                  <span className="visually-hidden"> ({t('plan.unsaved')})</span>
                </>
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Where focus goes in a section reached from within the page: its heading, or a field's id. */
export type SectionState = { inPage: true; focus?: string };

/**
 * The current section. Arriving from a section link, focus moves to the section's first
 * heading (not to the page's h1) and it comes into view; arriving from a link to a field
 * (the list of what is missing), to that field.
 */
export function SectionFrame({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const state = location.state as Partial<SectionState> | null;
  const inPage = state?.inPage === true;
  const field = state?.focus;
  useLayoutEffect(() => {
    if (!inPage) return;
    if (field && focusElement(field)) return;
    const heading = ref.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  }, [location.key, inPage, field]);
  return (
    <div ref={ref} className="sip-section" data-testid="sip-section">
      {children}
    </div>
  );
}
