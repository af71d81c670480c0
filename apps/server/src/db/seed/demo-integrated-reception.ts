import type { Db } from '../database.ts';

/**
 * The demo county's integrated reception (seed 003's socialmedicinsk mottagning): the
 * primary-care unit's physician and nurse and the municipality's social workers as one team.
 * Each unit keeps its own principal's records.
 */
export async function seedDemoIntegratedReception(
  trx: Db,
  ctx: { unitIds: Map<string, { id: string }> },
): Promise<void> {
  const reception = await trx
    .insertInto('integrated_reception')
    .values({ name: 'Socialmedicinsk mottagning Exempelby' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('integrated_reception_unit')
    .values(
      ['Vårdcentral Centrum', 'Socialtjänst Vuxen Exempelby'].map((name) => ({
        unit_id: ctx.unitIds.get(name)!.id,
        reception_id: reception.id,
      })),
    )
    .execute();
}
