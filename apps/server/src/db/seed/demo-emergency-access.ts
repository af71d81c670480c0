import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../database.ts';

interface SeedContext {
  unitIds: Map<string, { id: string; organisationId: string }>;
  staffIds: Map<string, string>;
}

const DAY = 86_400_000;

/**
 * Emergency access in the demo county (decision 0013), so the review has something real: Anna
 * Läkare (Beroendecentrum) opened two persons only Vårdcentral Centrum holds — one access waits
 * for review, one was reviewed. Both expired long ago; Maja Verksamhetschef reviews them (the
 * accessing unit's manager, and the organisation level for Vårdcentral, which has no manager).
 * Days are counted back from the seed's run, like the rest of the demo history.
 */
export async function seedDemoEmergencyAccess(trx: Db, ctx: SeedContext): Promise<void> {
  const bc = ctx.unitIds.get('Beroendecentrum')!;
  const vc = ctx.unitIds.get('Vårdcentral Centrum')!;
  const anna = ctx.staffIds.get('anna.lakare')!;
  const maja = ctx.staffIds.get('maja.chef')!;
  const persons = await trx
    .selectFrom('person as p')
    .innerJoin('care_relation as cr', 'cr.person_id', 'p.id')
    .select('p.id')
    .where('cr.unit_id', '=', vc.id)
    .where('p.protected_identity', '=', false)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('care_relation as other')
            .select('other.id')
            .whereRef('other.person_id', '=', 'p.id')
            .where('other.unit_id', '=', bc.id),
        ),
      ),
    )
    .orderBy('p.personal_identity_number')
    .limit(2)
    .execute();
  const cases = [
    {
      daysAgo: 3,
      reason: 'Inkom medvetslös till akuten, behövde aktuell läkemedelslista och tidigare prover.',
      review: null,
    },
    {
      daysAgo: 12,
      reason:
        'Kraftigt påverkad och förvirrad vid ankomst, kunde inte samtycka; behövde journalen.',
      review: { afterDays: 2, note: 'Befogad: patienten kunde inte samtycka och vård behövdes.' },
    },
  ];
  for (const [i, c] of cases.entries()) {
    const person = persons[i];
    if (!person) break;
    const startedAt = new Date(Date.now() - c.daysAgo * DAY);
    const reviewedAt = c.review ? new Date(startedAt.getTime() + c.review.afterDays * DAY) : null;
    const { id } = await trx
      .insertInto('emergency_access')
      .values({
        person_id: person.id,
        staff_id: anna,
        unit_id: bc.id,
        organisation_id: bc.organisationId,
        reason: c.reason,
        started_at: startedAt,
        expires_at: new Date(startedAt.getTime() + 4 * 3_600_000),
        reviewed_at: reviewedAt,
        reviewed_by: c.review ? maja : null,
        review_note: c.review?.note ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('emergency_access_reviewer')
      .values({
        emergency_access_id: id,
        staff_id: maja,
        organisation_id: bc.organisationId,
        basis: 'unit-manager',
        side: 'accessing',
      })
      .execute();
    await appendAccessLog(
      trx,
      { staffId: anna, unitId: bc.id, organisationId: bc.organisationId },
      [
        {
          personId: person.id,
          action: 'emergency-access.open',
          ground: 'emergency',
          outcome: 'allowed',
          detail: { emergencyAccessId: id },
        },
      ],
      { at: startedAt },
    );
    if (reviewedAt) {
      await appendAccessLog(
        trx,
        { staffId: maja, unitId: bc.id, organisationId: bc.organisationId },
        [
          {
            personId: person.id,
            action: 'emergency-access.review',
            ground: 'log-review',
            outcome: 'allowed',
            detail: { emergencyAccessId: id },
          },
        ],
        { at: reviewedAt },
      );
    }
  }
}
