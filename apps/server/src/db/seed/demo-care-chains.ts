import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../database.ts';
import { timeOn } from './demo-sip-writer.ts';
import type { SeedSipContext } from './demo-sips.ts';
import { seedDemoPlacements } from './demo-placements.ts';
import { seedDemoDisclosures } from './demo-disclosures.ts';
import { seedDemoLob } from './demo-lob.ts';

/**
 * care: the demo county's care chains (decision 0014-a). Beroendecentrum holds eight
 * withdrawal beds; requests wait, are triaged, lie admitted, and were discharged with a
 * coordinated aftercare plan — each on its day relative to the seed day, logged on that day.
 * Runs after the SIP stories, whose persons and consents it leans on (person 1 and 13: active
 * SIPs of Exempelby with consents naming Region Exempel; 9: Norrby's consent to the region;
 * 11: Vårdcentral Centrum's own person; 14: a SIP consent naming the region).
 */
export async function seedDemoCareChains(trx: Db, ctx: SeedSipContext): Promise<void> {
  const unit = (name: string) => ctx.unitIds.get(name)!;
  const staff = (username: string) => ctx.staffIds.get(username)!;
  const person = (i: number) => ctx.personIds[i]!;
  const centre = unit('Beroendecentrum');
  await trx.insertInto('bed_unit').values({ unit_id: centre.id, beds: 8 }).execute();
  const as = (username: string, unitName: string) => ({
    staffId: staff(username),
    unitId: unit(unitName).id,
    organisationId: unit(unitName).organisationId,
  });
  const anna = as('anna.lakare', 'Beroendecentrum');

  interface Story {
    person: number;
    by: string;
    unit: string;
    days: number;
    medicallyMotivated: boolean;
    reason: string;
    urgency?: { days: number; value: 'acute' | 'urgent' | 'planned' };
    admitted?: number;
    discharged?: { days: number; userOrganisation: string | null; note: string };
  }
  const STORIES: Story[] = [
    {
      person: 14,
      by: 'erik.socsek',
      unit: 'Socialtjänst Vuxen Exempelby',
      days: -4,
      medicallyMotivated: false,
      reason: 'Önskar avgiftning inför behandlingshemsvistelse.',
    },
    {
      person: 1,
      by: 'erik.socsek',
      unit: 'Socialtjänst Vuxen Exempelby',
      days: -2,
      medicallyMotivated: true,
      reason: 'Tidigare abstinenskramper; avgiftning kan inte ske i öppenvård. Del av SIP.',
    },
    {
      person: 11,
      by: 'vera.vardcentral',
      unit: 'Vårdcentral Centrum',
      days: -5,
      medicallyMotivated: true,
      reason: 'Blandmissbruk med bensodiazepiner, behöver nedtrappning i slutenvård.',
      urgency: { days: -4, value: 'urgent' },
    },
    {
      person: 9,
      by: 'nora.socsek',
      unit: 'Socialtjänst Vuxen Norrby',
      days: -6,
      medicallyMotivated: true,
      reason: 'Alkoholabstinens med delirium i anamnesen.',
      urgency: { days: -5, value: 'acute' },
      admitted: -3,
    },
    {
      person: 13,
      by: 'erik.socsek',
      unit: 'Socialtjänst Vuxen Exempelby',
      days: -40,
      medicallyMotivated: true,
      reason: 'Komplicerad abstinens; ingår i samordnad plan.',
      urgency: { days: -39, value: 'urgent' },
      admitted: -38,
      discharged: {
        days: -30,
        userOrganisation: 'RFHL Exempelby',
        note: 'Eftervård: öppenvård på Beroendecentrum och boendestöd genom socialtjänsten.',
      },
    },
  ];

  for (const s of STORIES) {
    const requester = as(s.by, s.unit);
    const personId = person(s.person);
    const at = (days: number) => timeOn(days, '10:15');
    const sip = s.discharged
      ? await trx
          .selectFrom('sip')
          .select('id')
          .where('person_id', '=', personId)
          .where('status', '=', 'active')
          .executeTakeFirst()
      : undefined;
    const { id } = await trx
      .insertInto('withdrawal_request')
      .values({
        person_id: personId,
        bed_unit_id: centre.id,
        requesting_unit_id: requester.unitId,
        requesting_organisation_id: requester.organisationId,
        requested_by: requester.staffId,
        requested_at: at(s.days),
        medically_motivated: s.medicallyMotivated,
        reason: s.reason,
        status: s.discharged ? 'discharged' : s.admitted !== undefined ? 'admitted' : 'waiting',
        urgency: s.urgency?.value ?? null,
        triaged_by: s.urgency ? anna.staffId : null,
        triaged_at: s.urgency ? at(s.urgency.days) : null,
        admitted_by: s.admitted !== undefined ? anna.staffId : null,
        admitted_at: s.admitted !== undefined ? at(s.admitted) : null,
        discharged_by: s.discharged ? anna.staffId : null,
        discharged_at: s.discharged ? at(s.discharged.days) : null,
        aftercare_sip_id: sip?.id ?? null,
        aftercare_person_took_part: s.discharged ? true : null,
        aftercare_user_organisation: s.discharged?.userOrganisation ?? null,
        aftercare_note: s.discharged?.note ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const detail = { requestId: id };
    await appendAccessLog(
      trx,
      requester,
      [
        {
          personId,
          action: 'withdrawal-request.create',
          ground: 'care-relation',
          outcome: 'allowed',
          detail,
        },
      ],
      { at: at(s.days) },
    );
    const centreActs: [
      number | undefined,
      'withdrawal-request.triage' | 'withdrawal-request.admit' | 'withdrawal-request.discharge',
    ][] = [
      [s.urgency?.days, 'withdrawal-request.triage'],
      [s.admitted, 'withdrawal-request.admit'],
      [s.discharged?.days, 'withdrawal-request.discharge'],
    ];
    for (const [days, action] of centreActs) {
      if (days === undefined) continue;
      if (action === 'withdrawal-request.admit') {
        await trx
          .insertInto('care_relation')
          .values({
            person_id: personId,
            unit_id: centre.id,
            organisation_id: centre.organisationId,
            opened_at: at(days),
            opened_by: anna.staffId,
          })
          .onConflict((oc) =>
            oc.columns(['person_id', 'unit_id']).where('closed_at', 'is', null).doNothing(),
          )
          .execute();
      }
      const sameOrganisation = requester.organisationId === centre.organisationId;
      const ground =
        action !== 'withdrawal-request.triage'
          ? 'care-relation'
          : sameOrganisation
            ? 'own-organisation'
            : 'consent';
      await appendAccessLog(trx, anna, [{ personId, action, ground, outcome: 'allowed', detail }], {
        at: at(days),
      });
    }
  }
  await seedDemoPlacements(trx, ctx);
  await seedDemoDisclosures(trx, ctx);
  await seedDemoLob(trx, ctx);
}
