import { hashPassword } from '../../auth/password.ts';
import type { Db } from '../../db/database.ts';
import { DEMO_PASSWORD } from '../../db/seed/demo-county.ts';
import type { demoIds } from '../../test/harness.ts';

/**
 * The staff the emergency-access tests add to the demo county: Vilma (a unit manager of
 * Vårdcentral Centrum), Klara (a unit manager at Norrby kommun), Gustav (a physician of Region
 * Grannby, which has no unit manager) and Pia (a physician at Psykiatrimottagning). Shared by the
 * test files so that each sets up the same county.
 */
export async function addEmergencyStaff(
  db: Db,
  ids: Awaited<ReturnType<typeof demoIds>>,
): Promise<{ grannby: string }> {
  await db
    .insertInto('staff')
    .values({
      username: 'vilma.chef',
      name: 'Vilma Vårdcentralschef',
      role: 'unit-manager',
      unit_id: ids.vardcentral,
      organisation_id: ids.region,
      password_hash: await hashPassword(DEMO_PASSWORD),
    })
    .execute();
  const grannby = (
    await db
      .insertInto('organisation')
      .values({ name: 'Region Grannby', kind: 'region' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const grannbyUnit = (
    await db
      .insertInto('unit')
      .values({ name: 'Akutmottagningen Grannby', organisation_id: grannby })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const psykiatri = (
    await db
      .selectFrom('unit')
      .select('id')
      .where('name', '=', 'Psykiatrimottagning')
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto('staff')
    .values([
      {
        username: 'klara.chef',
        name: 'Klara Socialchef',
        role: 'unit-manager',
        unit_id: ids.socNorrby,
        organisation_id: ids.norrby,
        password_hash: await hashPassword(DEMO_PASSWORD),
      },
      {
        username: 'gustav.lakare',
        name: 'Gustav Läkare',
        role: 'physician',
        unit_id: grannbyUnit,
        organisation_id: grannby,
        password_hash: await hashPassword(DEMO_PASSWORD),
      },
      {
        username: 'pia.psykiatri',
        name: 'Pia Psykiatriläkare',
        role: 'physician',
        unit_id: psykiatri,
        organisation_id: ids.region,
        password_hash: await hashPassword(DEMO_PASSWORD),
      },
    ])
    .execute();
  return { grannby };
}
