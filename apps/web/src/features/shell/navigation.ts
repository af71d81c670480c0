import type { Role } from '@vardflata/contracts';
import { ALL_ROLES, EMERGENCY_ROLES, PERSON_READER_ROLES } from '../../lib/roles';

export interface NavItem {
  to: string;
  /** i18n key of the link text. */
  label: string;
  roles: readonly Role[];
  end?: boolean;
}

/**
 * The main navigation, by role. Later modules add their entry here (and their routes in
 * AppRoutes): SIP (coordinated individual plans) and the worklist for coordinators, screenings
 * reached from the person overview, indicators for analysts, agreements and deviations.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', roles: ['analyst', ...PERSON_READER_ROLES], end: true },
  { to: '/persons', label: 'nav.persons', roles: PERSON_READER_ROLES },
  { to: '/worklist', label: 'worklist:nav', roles: PERSON_READER_ROLES },
  { to: '/emergency-access', label: 'nav.emergencyAccess', roles: EMERGENCY_ROLES },
  // carecircle: referrals between the principals
  { to: '/referrals', label: 'careChain:nav.referrals', roles: PERSON_READER_ROLES },
  { to: '/log-review', label: 'nav.logReview', roles: ['unit-manager'] },
  { to: '/admin/organisations', label: 'nav.organisations', roles: ['administrator'] },
  { to: '/admin/staff', label: 'nav.staff', roles: ['administrator'] },
  // followup: the follow-up dashboard (F9)
  { to: '/follow-up', label: 'indicators:nav', roles: ['analyst', 'unit-manager'] },
  { to: '/needs-picture', label: 'indicators:needsNav', roles: ['analyst'] },
  // followup: the client survey's one-time link (F10), handed out by the unit's staff
  { to: '/surveys', label: 'surveys:nav', roles: PERSON_READER_ROLES },
  // gov: governance and support
  { to: '/deviations', label: 'governance:nav.deviations', roles: ALL_ROLES },
  { to: '/disputes', label: 'governance:nav.disputes', roles: ['unit-manager', 'analyst'] },
  { to: '/agreements', label: 'governance:nav.agreements', roles: ALL_ROLES },
  // audits: user-led audits (brukarrevision)
  { to: '/user-led-audits', label: 'userLedAudits:nav', roles: ALL_ROLES },
  // bodiesweb: collaboration bodies (everyone reads them) and trainings (everyone registers)
  { to: '/collaboration-bodies', label: 'governance:nav.bodies', roles: ALL_ROLES },
  { to: '/trainings', label: 'governance:nav.trainings', roles: ALL_ROLES },
  // gov: joint financing (F18): keys and the settlement
  {
    to: '/joint-financing',
    label: 'financing:nav',
    roles: ['unit-manager', 'coordinator', 'analyst'],
  },
  // care: the addiction centre's bed board
  { to: '/bed-board', label: 'careChains:nav', roles: PERSON_READER_ROLES },
  { to: '/disclosures', label: 'careChains:received.nav', roles: PERSON_READER_ROLES },
  {
    to: '/public-services',
    label: 'governance:nav.directory',
    roles: ['unit-manager', 'administrator'],
  },
  {
    to: '/account',
    label: 'nav.account',
    roles: [...PERSON_READER_ROLES, 'analyst', 'administrator'],
  },
];
