import type { SipHistoryItem } from '@vardflata/contracts';
import { toIso } from '../../../util/time.ts';
import { listSipConsentsCovering } from '../../consents/consents.repository.ts';
import { sipQuery } from '../sip.context.ts';
import { eventText } from '../sip.text.ts';
import { listEvents } from '../repositories/sip-event.repository.ts';

/** Who did what, when: the SIP's events and the consent events that froze or freed it. */
export const history = sipQuery('sip.history', async ({ trx, row }): Promise<SipHistoryItem[]> => {
  const events = (await listEvents(trx, row.id)).map((e) => ({
    at: toIso(e.at),
    type: e.type,
    text: eventText(e.type, e.detail),
    by: e.staff_id ? { staffId: e.staff_id, name: e.staff_name ?? '' } : null,
    unitName: e.unit_name,
    organisationName: e.organisation_name,
    detail: e.detail,
  }));
  const consents = await listSipConsentsCovering(trx, row.person_id, row.organisation_id);
  const consentEvents = consents.flatMap((c) => [
    { at: c.recorded_at, type: 'consent-given' },
    ...(c.revoked_at ? [{ at: c.revoked_at, type: 'consent-revoked' }] : []),
  ]);
  return [
    ...events,
    ...consentEvents.map((c) => ({
      at: toIso(c.at),
      type: c.type,
      text: eventText(c.type, null),
      by: null,
      unitName: null,
      organisationName: null,
      detail: null,
    })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
});
