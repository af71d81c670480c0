import type { Db } from '../db/database.ts';

/** The tables whose row ids a refused request may name, and the person each row is about. */
const OWNERS = {
  sip: 'sip',
  consent: 'consent',
  'emergency-access': 'emergency_access',
  screening: 'screening',
  notification: 'notification',
  // carecircle: care-chain records
  intervention: 'intervention',
  referral: 'referral',
  'circle-member': 'circle_member',
  case: 'care_case',
  // the LVM/LVU process checklist (decision 0019-a)
  'coercive-care': 'coercive_care_process',
  // contacts: visits and contacts (0020-c)
  contact: 'contact',
  // care: the hand-overs of the care chains (FHIR Task ids name them, decision 0019-g)
  'withdrawal-request': 'withdrawal_request',
  placement: 'placement',
  'care-handover': 'care_handover',
  'lob-intake': 'lob_intake',
  disclosure: 'disclosure',
} as const;
export type NamedRecord = keyof typeof OWNERS;

/** The person a record is about, or null when there is no such record (or it names none). */
export async function personOfRecord(
  db: Db,
  kind: NamedRecord,
  id: string,
): Promise<string | null> {
  const row = await db
    .selectFrom(OWNERS[kind])
    .select('person_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/** The person with this 12-digit identity number, or null. */
export async function personByIdentityNumber(db: Db, number: string): Promise<string | null> {
  const row = await db
    .selectFrom('person')
    .select('id')
    .where('personal_identity_number', '=', number)
    .executeTakeFirst();
  return row?.id ?? null;
}
