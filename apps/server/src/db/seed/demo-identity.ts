import { estimatedDateOfBirth, reserveNumber } from '@vardflata/domain';
import { appendAccessLog } from '../../audit/access-log.ts';
import {
  insertReservePerson,
  nextReserveSerial,
} from '../../modules/identity/repositories/identity.repository.ts';
import {
  markMerged,
  moveRecords,
  resolveConflicts,
} from '../../modules/identity/repositories/merge.repository.ts';
import type { Db } from '../database.ts';
import { dayFrom, timeOn } from './demo-sip-writer.ts';
import type { SeedSipContext } from './demo-sips.ts';

/**
 * identity: reserve identities (decision 0019-b) — a man brought in under LOB without papers,
 * still known only by his reserve number, with his intake and a note; and a woman registered
 * with a reserve number at the withdrawal unit whose identity became known and was merged into
 * her real record (demo person 3), leaving the tombstone. Logged on their days.
 */
export async function seedDemoIdentity(trx: Db, ctx: SeedSipContext): Promise<void> {
  const centre = ctx.unitIds.get('Beroendecentrum')!;
  const anna = {
    staffId: ctx.staffIds.get('anna.lakare')!,
    unitId: centre.id,
    organisationId: centre.organisationId,
  };
  const register = async (
    birthYear: number,
    values: { givenName: string; familyName: string; sex: 'male' | 'female'; note: string },
    days: number,
  ) => {
    const id = await insertReservePerson(trx, anna, {
      reserveNumber: reserveNumber(birthYear, await nextReserveSerial(trx)),
      dateOfBirth: estimatedDateOfBirth(birthYear),
      ground: 'own-initiative',
      testData: true,
      ...values,
    });
    await trx
      .updateTable('care_relation')
      .set({ opened_at: timeOn(days, '02:10') })
      .where('person_id', '=', id)
      .execute();
    await appendAccessLog(
      trx,
      anna,
      [
        {
          personId: id,
          action: 'person.register-reserve',
          ground: 'care-relation',
          outcome: 'allowed',
          detail: { registrationGround: 'own-initiative' },
        },
      ],
      { at: timeOn(days, '02:10') },
    );
    return id;
  };
  const intake = (personId: string, days: number, note: string) =>
    trx
      .insertInto('lob_intake')
      .values({
        person_id: personId,
        unit_id: centre.id,
        organisation_id: centre.organisationId,
        recorded_by: anna.staffId,
        brought_in_at: timeOn(days, '01:50'),
        brought_by: 'police',
        note,
        status: 'sobering',
      })
      .execute();

  // Still unknown: his records wait under the reserve number.
  const unknown = await register(
    1978,
    {
      givenName: '',
      familyName: '',
      sex: 'male',
      note: 'Omhändertagen vid resecentrum utan legitimation; talar polska, uppger inget namn.',
    },
    -2,
  );
  await intake(unknown, -2, 'Omhändertagen enligt LOB utan legitimation; identitet okänd.');

  // Known since: merged into demo person 3, her intake now on her real record.
  const known = await register(
    1990,
    {
      givenName: 'Maria',
      familyName: '',
      sex: 'female',
      note: 'Uppgav förnamnet Maria; legitimation saknades vid intagningen.',
    },
    -15,
  );
  await intake(known, -15, 'Omhändertagen enligt LOB; uppgav bara förnamn.');
  const real = ctx.personIds[3]!;
  await resolveConflicts(trx, anna, known, real, dayFrom(-14));
  const moved = await moveRecords(trx, known, real);
  await markMerged(trx, anna, known, real, moved);
  await trx
    .updateTable('person')
    .set({ merged_at: timeOn(-14, '10:30') })
    .where('id', '=', known)
    .execute();
  await trx
    .updateTable('person_merge')
    .set({ merged_at: timeOn(-14, '10:30') })
    .where('reserve_person_id', '=', known)
    .execute();
  await appendAccessLog(
    trx,
    anna,
    [
      { personId: known, detail: { mergedInto: real } as Record<string, string> },
      { personId: real, detail: { mergedFrom: known } as Record<string, string> },
    ].map((e) => ({
      ...e,
      action: 'person.merge' as const,
      ground: 'care-relation',
      outcome: 'allowed' as const,
    })),
    { at: timeOn(-14, '10:30') },
  );
}
