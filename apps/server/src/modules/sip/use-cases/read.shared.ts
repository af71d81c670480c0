import type { SipRow } from '../repositories/sip.repository.ts';

/** Reading SIPs: one in full (get-sip.ts), a person's (list-for-person.ts), or the caller's and
 * their unit's (list-mine.ts). */

/** Each SIP shown is a logged read, on the ground the caller sees it. */
export const listed = (rows: SipRow[]) =>
  rows.map((r) => ({
    personId: r.person_id,
    action: 'sip.list' as const,
    ground: r.ground,
    outcome: 'allowed' as const,
    detail: { sipId: r.id },
  }));
