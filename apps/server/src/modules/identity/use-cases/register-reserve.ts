import { estimatedDateOfBirth, reserveNumber } from '@vardflata/domain';
import {
  DEFAULT_REGISTRATION_GROUND,
  type RegisterReserveBody,
  type ReservePerson,
} from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { insertReservePerson, nextReserveSerial } from '../repositories/identity.repository.ts';

/**
 * Registers a person whose personnummer is not known, with a reserve number Vårdfläta issues
 * (decision 0019-b), at the caller's unit. Always a new person: with no number there is
 * nothing to match on, so nothing tells whether the human is known elsewhere; the merge joins
 * the two once the real identity is known.
 */
export async function registerReserve(
  db: Db,
  caller: Caller,
  body: RegisterReserveBody,
): Promise<ReservePerson> {
  requirePermission(caller, 'person:register');
  const ground = body.ground ?? DEFAULT_REGISTRATION_GROUND;
  return db.transaction().execute(async (trx) => {
    const number = reserveNumber(body.birthYear, await nextReserveSerial(trx));
    const id = await insertReservePerson(trx, caller, {
      reserveNumber: number,
      dateOfBirth: estimatedDateOfBirth(body.birthYear),
      givenName: body.givenName ?? '',
      familyName: body.familyName ?? '',
      sex: body.sex,
      note: body.note || null,
      ground,
    });
    await appendAccessLog(trx, caller, [
      {
        personId: id,
        action: 'person.register-reserve',
        ground: 'care-relation',
        outcome: 'allowed',
        detail: { registrationGround: ground },
      },
    ]);
    return { id, reserveNumber: number, registered: true as const, ground };
  });
}
