import { addDays, type ContactKind, type ContactStatus } from '@vardflata/domain';
import { appendAccessLog } from '../../audit/access-log.ts';
import { insertContact } from '../../modules/contacts/repositories/contact.repository.ts';
import { todayInStockholm } from '../../util/time.ts';
import type { Db } from '../database.ts';
import type { CareChainSeedContext } from './demo-care-chain.ts';

/**
 * contacts: the demo county's visits and contacts (decision 0020-c), told on days relative to
 * the seed's today like the rest of its history (0010-c): held ones at Beroendecentrum,
 * Exempelby (six each) and Norrby (five), so the follow-up shows figures rather than "fewer than
 * 5" (a unit with 1–4 would also hide a sibling through the county's sum); contacts booked
 * ahead, one booked for a day that has passed with no outcome yet, no-shows and cancellations.
 * Each act has its log row on its day.
 */
const BC = 'Beroendecentrum';
const EX = 'Socialtjänst Vuxen Exempelby';
const NO = 'Socialtjänst Vuxen Norrby';
const BY: Record<string, string> = {
  [BC]: 'anna.lakare',
  [EX]: 'erik.socsek',
  [NO]: 'nora.socsek',
};

interface DemoContact {
  person: number;
  unit: string;
  /** The contact's day, as an offset from today. */
  on: number;
  kind: ContactKind;
  /** Where it ended: held, no-show and cancelled ones were booked a week before their day. */
  status: ContactStatus;
  /** For a cancellation: the day it was called off (before the contact's day). */
  cancelledOn?: number;
  note?: string;
}

// Persons and their units as demo-persons.ts's stories open them (index % 12).
export const DEMO_CONTACTS: DemoContact[] = [
  { person: 0, unit: BC, on: -40, kind: 'visit', status: 'held' },
  { person: 0, unit: BC, on: -12, kind: 'phone', status: 'held', note: 'Uppföljning av LARO-dos.' },
  { person: 0, unit: BC, on: 6, kind: 'visit', status: 'booked' },
  { person: 1, unit: BC, on: -30, kind: 'visit', status: 'held' },
  { person: 1, unit: BC, on: -2, kind: 'visit', status: 'booked' },
  { person: 5, unit: BC, on: -21, kind: 'video', status: 'held' },
  { person: 5, unit: BC, on: -9, kind: 'visit', status: 'no-show' },
  { person: 6, unit: BC, on: -14, kind: 'visit', status: 'held' },
  { person: 6, unit: BC, on: -3, kind: 'phone', status: 'cancelled', cancelledOn: -5 },
  { person: 12, unit: BC, on: -7, kind: 'visit', status: 'held' },
  { person: 13, unit: BC, on: 14, kind: 'video', status: 'booked' },
  { person: 2, unit: EX, on: -35, kind: 'home-visit', status: 'held' },
  { person: 2, unit: EX, on: 7, kind: 'home-visit', status: 'booked' },
  { person: 4, unit: EX, on: -28, kind: 'visit', status: 'held' },
  { person: 4, unit: EX, on: -8, kind: 'visit', status: 'no-show', note: 'Nås inte på telefon.' },
  { person: 6, unit: EX, on: -20, kind: 'phone', status: 'held' },
  { person: 7, unit: EX, on: -16, kind: 'group-session', status: 'held' },
  { person: 7, unit: EX, on: 3, kind: 'group-session', status: 'cancelled', cancelledOn: -1 },
  { person: 14, unit: EX, on: -10, kind: 'visit', status: 'held' },
  { person: 16, unit: EX, on: -5, kind: 'group-session', status: 'held' },
  { person: 3, unit: NO, on: -25, kind: 'visit', status: 'held' },
  { person: 3, unit: NO, on: 10, kind: 'visit', status: 'booked' },
  { person: 15, unit: NO, on: -11, kind: 'phone', status: 'held' },
  { person: 27, unit: NO, on: -6, kind: 'visit', status: 'held' },
  { person: 9, unit: NO, on: -19, kind: 'home-visit', status: 'held' },
  { person: 21, unit: NO, on: -4, kind: 'phone', status: 'held' },
];

export async function seedDemoContacts(trx: Db, ctx: CareChainSeedContext): Promise<void> {
  const today = todayInStockholm();
  const d = (offset: number) => addDays(today, offset);
  const at = (offset: number, hour: number) =>
    new Date(`${d(offset)}T${String(hour).padStart(2, '0')}:00:00Z`);

  for (const c of DEMO_CONTACTS) {
    const unit = ctx.unitIds.get(c.unit)!;
    const staffId = ctx.staffIds.get(BY[c.unit]!)!;
    const personId = ctx.personIds[c.person]!;
    const caller = { staffId, unitId: unit.id, organisationId: unit.organisationId };
    // A held contact is written on its day; the others were booked ahead (in the past).
    const bookedOn = c.status === 'held' ? c.on : Math.min(c.on, 0) - 7;
    const changedOn =
      c.status === 'no-show' ? c.on : c.status === 'cancelled' ? c.cancelledOn! : null;
    const id = await insertContact(trx, {
      person_id: personId,
      organisation_id: unit.organisationId,
      unit_id: unit.id,
      contact_on: d(c.on),
      kind: c.kind,
      status: c.status,
      note: c.note ?? null,
      recorded_by: staffId,
      recorded_at: at(bookedOn, 10),
      changed_by: changedOn === null ? null : staffId,
      changed_at: changedOn === null ? null : at(changedOn, 14),
    });
    const row = (action: 'contact.create' | 'contact.update' | 'contact.cancel') => ({
      personId,
      action,
      ground: 'care-relation' as const,
      outcome: 'allowed' as const,
      detail: { contactId: id },
    });
    await appendAccessLog(trx, caller, [row('contact.create')], { at: at(bookedOn, 10) });
    if (changedOn !== null) {
      const action = c.status === 'cancelled' ? 'contact.cancel' : 'contact.update';
      await appendAccessLog(trx, caller, [row(action)], { at: at(changedOn, 14) });
    }
  }
}
