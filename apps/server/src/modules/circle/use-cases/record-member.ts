import type { CreateCircleMemberBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { insertMember } from '../repositories/circle.repository.ts';
import { writeForPerson } from '../circle.context.ts';
import { memberAsSeen } from './member.shared.ts';

/** A child or adult relative of the person (F1). */
export function recordMember(
  db: Db,
  caller: Caller,
  personId: string,
  body: CreateCircleMemberBody,
) {
  return writeForPerson(db, caller, personId, async (trx) => {
    const id = await insertMember(trx, {
      person_id: personId,
      organisation_id: caller.organisationId!,
      unit_id: caller.unitId!,
      kind: body.kind,
      name: body.name,
      relation: body.relation,
      birth_year: body.birthYear ?? null,
      contact: body.contact ?? null,
      note: body.note ?? null,
      recorded_by: caller.staffId,
    });
    return { value: await memberAsSeen(trx, caller, id), detail: { circleMemberId: id } };
  });
}
