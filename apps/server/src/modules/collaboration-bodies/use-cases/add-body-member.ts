import type { AddMemberBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { insertMember } from '../repositories/collaboration-body.repository.ts';
import { manageBody } from '../bodies.context.ts';

export const addBodyMember = (db: Db, caller: Caller, id: string, body: AddMemberBody) =>
  manageBody(db, caller, id, async (trx) => {
    await insertMember(trx, {
      bodyId: id,
      staffId: body.staffId ?? null,
      name: body.name,
      organisationId: body.organisationId ?? null,
      represents: body.represents,
    });
  });
