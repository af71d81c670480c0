import type { SipStatus } from './types.ts';

/**
 * The statuses in words, Swedish first, as the server writes them (PDFs, problem details).
 * The web app has its own translations; these are the domain's names for the same steps.
 */
export const SIP_STATUS_LABELS: Readonly<Record<SipStatus, { sv: string; en: string }>> = {
  proposed: { sv: 'Föreslagen', en: 'Proposed' },
  invited: { sv: 'Kallad', en: 'Invited' },
  'meeting-held': { sv: 'Möte hållet', en: 'Meeting held' },
  active: { sv: 'Aktiv', en: 'Active' },
  closed: { sv: 'Avslutad', en: 'Closed' },
  refused: { sv: 'Avböjd', en: 'Refused' },
  withdrawn: { sv: 'Återtagen', en: 'Withdrawn' },
};
