import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../database.ts';
import { dayFrom, timeOn } from './demo-sip-writer.ts';
import type { SeedSipContext } from './demo-sips.ts';

/**
 * care: HVB placements at Solgården in several states (seed 000, decision 0014-b) — ongoing with
 * a confirmed and a pending medication change and a follow-up report to the LARO unit; planned
 * after a withdrawal stay; ended after a discharge meeting — and an accepted medication-
 * dependence hand-over from Vårdcentral Centrum to Beroendecentrum. Each rests on the person's
 * active SIP of Exempelby with the region taking part (persons 7, 13, 4 of the SIP stories).
 */
export async function seedDemoPlacements(trx: Db, ctx: SeedSipContext): Promise<void> {
  const unit = (name: string) => ctx.unitIds.get(name)!;
  const staff = (username: string) => ctx.staffIds.get(username)!;
  const region = ctx.organisationIds.get('Region Exempel')!;
  const exempelby = ctx.organisationIds.get('Exempelby kommun')!;
  const centre = unit('Beroendecentrum');
  const hvb = unit('Solgården behandlingshem');
  const soc = unit('Socialtjänst Vuxen Exempelby');
  const erik = { staffId: staff('erik.socsek'), unitId: soc.id, organisationId: exempelby };
  const anna = { staffId: staff('anna.lakare'), unitId: centre.id, organisationId: region };
  const at = (days: number) => timeOn(days, '11:00');
  const activeSip = async (personId: string) =>
    (
      await trx
        .selectFrom('sip')
        .select('id')
        .where('person_id', '=', personId)
        .where('status', '=', 'active')
        .executeTakeFirstOrThrow()
    ).id;

  interface Event {
    kind: 'medication-change' | 'follow-up-report' | 'discharge-meeting';
    days: number;
    text: string;
    confirmedDays?: number;
    meetingDays?: number;
  }
  const STORIES: { person: number; startDays: number; ended?: number; events: Event[] }[] = [
    {
      person: 7,
      startDays: -60,
      events: [
        {
          kind: 'medication-change',
          days: -40,
          text: 'Metadon höjs till 80 mg.',
          confirmedDays: -39,
        },
        { kind: 'follow-up-report', days: -30, text: 'Stabil, deltar i gruppverksamheten.' },
        { kind: 'medication-change', days: -2, text: 'HVB önskar sänkt dos, 70 mg.' },
      ],
    },
    { person: 13, startDays: 7, events: [] },
    {
      person: 4,
      startDays: -120,
      ended: -40,
      events: [
        { kind: 'follow-up-report', days: -90, text: 'Följer behandlingsplanen.' },
        {
          kind: 'discharge-meeting',
          days: -50,
          meetingDays: -42,
          text: 'Solgården, samtalsrummet',
        },
      ],
    },
  ];

  for (const s of STORIES) {
    const personId = ctx.personIds[s.person]!;
    // The LARO unit treats the person (its physician confirms medication changes).
    await trx
      .insertInto('care_relation')
      .values({
        person_id: personId,
        unit_id: centre.id,
        organisation_id: region,
        opened_at: at(Math.min(s.startDays, 0) - 20),
        opened_by: anna.staffId,
      })
      .onConflict((oc) =>
        oc.columns(['person_id', 'unit_id']).where('closed_at', 'is', null).doNothing(),
      )
      .execute();
    const decided = Math.min(s.startDays, 0) - 10;
    const { id } = await trx
      .insertInto('placement')
      .values({
        person_id: personId,
        kind: 'hvb',
        status: s.ended !== undefined ? 'ended' : 'planned',
        placing_unit_id: soc.id,
        placing_organisation_id: exempelby,
        provider_unit_id: hvb.id,
        provider_organisation_id: hvb.organisationId,
        health_care_organisation_id: region,
        laro_unit_id: centre.id,
        sip_id: await activeSip(personId),
        planned_start: dayFrom(s.startDays),
        ended_on: s.ended !== undefined ? dayFrom(s.ended) : null,
        end_outcome: s.ended !== undefined ? 'Utskriven enligt plan till träningslägenhet.' : null,
        created_by: erik.staffId,
        created_at: at(decided),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('placement_cost_share')
      .values([
        { placement_id: id, organisation_id: exempelby, percent: 70 },
        { placement_id: id, organisation_id: region, percent: 30 },
      ])
      .execute();
    const log = async (
      who: typeof erik,
      days: number,
      action: Parameters<typeof appendAccessLog>[2][number]['action'],
    ) =>
      appendAccessLog(
        trx,
        who,
        [
          {
            personId,
            action,
            ground: 'care-relation',
            outcome: 'allowed',
            detail: { placementId: id },
          },
        ],
        { at: at(days) },
      );
    await log(erik, decided, 'placement.create');
    for (const e of s.events) {
      await trx
        .insertInto('placement_event')
        .values({
          placement_id: id,
          kind: e.kind,
          text: e.text,
          at: at(e.days),
          meeting_at: e.meetingDays !== undefined ? at(e.meetingDays) : null,
          recorded_by: erik.staffId,
          recorded_unit_id: soc.id,
          recipient_unit_ids: e.kind === 'discharge-meeting' ? [hvb.id, centre.id] : [centre.id],
          confirmed_by: e.confirmedDays !== undefined ? anna.staffId : null,
          confirmed_at: e.confirmedDays !== undefined ? at(e.confirmedDays) : null,
        })
        .execute();
      await log(erik, e.days, `placement.${e.kind}`);
      if (e.confirmedDays !== undefined)
        await log(anna, e.confirmedDays, 'placement.medication-confirm');
    }
    if (s.ended !== undefined) await log(erik, s.ended, 'placement.end');
  }

  // Person 4: medication dependence handed from Vårdcentral Centrum to Beroendecentrum.
  const person4 = ctx.personIds[4]!;
  const vc = unit('Vårdcentral Centrum');
  const vera = { staffId: staff('vera.vardcentral'), unitId: vc.id, organisationId: region };
  const { id: handoverId } = await trx
    .insertInto('care_handover')
    .values({
      person_id: person4,
      kind: 'medication-dependence',
      from_unit_id: vc.id,
      to_unit_id: centre.id,
      sip_id: await activeSip(person4),
      note: 'Bensodiazepinberoende; nedtrappning i specialistvård.',
      handed_over_by: vera.staffId,
      handed_over_at: at(-130),
      accepted_by: anna.staffId,
      accepted_at: at(-129),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [who, days, action] of [
    [vera, -130, 'handover.create'],
    [anna, -129, 'handover.accept'],
  ] as const) {
    await appendAccessLog(
      trx,
      who,
      [
        {
          personId: person4,
          action,
          ground: 'care-relation',
          outcome: 'allowed',
          detail: { handoverId },
        },
      ],
      { at: at(days) },
    );
  }
}
