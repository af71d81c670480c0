import { sql, type Insertable, type Selectable } from 'kysely';
import type { InvitationResponse, ParticipantKind } from '@vardflata/domain';
import type { Caller } from '../../../access/caller.ts';
import { consentNamesOrganisation } from '../../../access/policy.ts';
import type { Db } from '../../../db/database.ts';
import type { SipParticipantTable } from '../../../db/schema.ts';

/** The `sip_participant` table: who is invited to a SIP and what they answered. */

export function listParticipants(db: Db, sipId: string) {
  return db
    .selectFrom('sip_participant as sp')
    .innerJoin('sip as s', 's.id', 'sp.sip_id')
    .leftJoin('organisation as o', 'o.id', 'sp.organisation_id')
    .leftJoin('unit as u', 'u.id', 'sp.unit_id')
    .selectAll('sp')
    .select([
      'o.name as organisation_name',
      'u.name as unit_name',
      // Mirrors the 'sip' branch of sipGround: may this participant's organisation see the plan?
      sql<boolean>`(sp.organisation_id is null or sp.organisation_id = s.organisation_id
        or ${consentNamesOrganisation(sql.ref('s.person_id'), sql.ref('sp.organisation_id'), 'sip')})`.as(
        'organisation_covered',
      ),
    ])
    .where('sp.sip_id', '=', sipId)
    .where('sp.removed_at', 'is', null)
    .orderBy('sp.ordinal')
    .execute();
}
export type ParticipantRow = Awaited<ReturnType<typeof listParticipants>>[number];

export function findParticipant(
  db: Db,
  sipId: string,
  participantId: string,
): Promise<Selectable<SipParticipantTable> | undefined> {
  return db
    .selectFrom('sip_participant')
    .selectAll()
    .where('id', '=', participantId)
    .where('sip_id', '=', sipId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

/** Invitations of several SIPs not yet answered (the worklist and the scan job read them). */
export function listPendingInvitations(db: Db, sipIds: string[]) {
  if (sipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('sip_participant')
    .select(['id', 'sip_id', 'invited_on', 'staff_id', 'unit_id', 'kind'])
    .where('sip_id', 'in', sipIds)
    .where('removed_at', 'is', null)
    .where('invitation', '=', 'pending')
    .execute();
}
export type PendingInvitationRow = Awaited<ReturnType<typeof listPendingInvitations>>[number];

export type NewParticipant = Pick<
  Insertable<SipParticipantTable>,
  'name' | 'principal' | 'organisation_id' | 'unit_id' | 'staff_id' | 'role'
> & { kind: ParticipantKind };

export async function insertParticipant(
  trx: Db,
  caller: Caller,
  sipId: string,
  participant: NewParticipant,
): Promise<string> {
  const { id } = await trx
    .insertInto('sip_participant')
    .values({ ...participant, sip_id: sipId, added_by: caller.staffId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Everyone still on the SIP is asked (again) for the new meeting. */
export async function resetInvitations(trx: Db, sipId: string, invitedOn: string): Promise<void> {
  await trx
    .updateTable('sip_participant')
    .set({
      invitation: 'pending',
      invited_on: invitedOn,
      responded_on: null,
      response_note: null,
      responded_by: null,
    })
    .where('sip_id', '=', sipId)
    .where('removed_at', 'is', null)
    .execute();
}

/** Records one answer on the given invitations (a person's own and those it stands for). */
export async function setResponse(
  trx: Db,
  participantIds: string[],
  answer: {
    response: Exclude<InvitationResponse, 'pending'>;
    on: string;
    note: string | null;
    by: string;
  },
): Promise<void> {
  if (participantIds.length === 0) return;
  await trx
    .updateTable('sip_participant')
    .set({
      invitation: answer.response,
      responded_on: answer.on,
      response_note: answer.note,
      responded_by: answer.by,
    })
    .where('id', 'in', participantIds)
    .execute();
}

export async function removeParticipants(
  trx: Db,
  caller: Caller,
  sipId: string,
  filter: { id?: string; kind?: ParticipantKind },
): Promise<number> {
  let query = trx
    .updateTable('sip_participant')
    .set({ removed_at: new Date(), removed_by: caller.staffId })
    .where('sip_id', '=', sipId)
    .where('removed_at', 'is', null);
  if (filter.id) query = query.where('id', '=', filter.id);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
