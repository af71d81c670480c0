import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../database.ts';
import { timeOn } from './demo-sip-writer.ts';
import type { SeedSipContext } from './demo-sips.ts';

/**
 * care: LOB sobering intakes at Beroendecentrum (seed 002, decision 0014-d) — one sobering now,
 * one handed over to Norrby's social services (under the person's consent) and received, one
 * sent home — each with the minutes the hand-over took, logged on its day.
 */
export async function seedDemoLob(trx: Db, ctx: SeedSipContext): Promise<void> {
  const unit = (name: string) => ctx.unitIds.get(name)!;
  const staff = (username: string) => ctx.staffIds.get(username)!;
  const centre = unit('Beroendecentrum');
  const norrby = unit('Socialtjänst Vuxen Norrby');
  const anna = {
    staffId: staff('anna.lakare'),
    unitId: centre.id,
    organisationId: centre.organisationId,
  };
  const nora = {
    staffId: staff('nora.socsek'),
    unitId: norrby.id,
    organisationId: norrby.organisationId,
  };
  const STORIES = [
    { person: 17, days: -1, in: '23:40' },
    {
      person: 9,
      days: -6,
      in: '01:30',
      out: '06:00',
      to: 'social-services' as const,
      received: '09:00',
    },
    { person: 0, days: -20, in: '23:10', outDays: -19, out: '04:10', to: 'home' as const },
  ];
  for (const s of STORIES) {
    const personId = ctx.personIds[s.person]!;
    const broughtIn = timeOn(s.days, s.in);
    const out = s.out ? timeOn(s.outDays ?? s.days, s.out) : null;
    const { id } = await trx
      .insertInto('lob_intake')
      .values({
        person_id: personId,
        unit_id: centre.id,
        organisation_id: centre.organisationId,
        recorded_by: anna.staffId,
        brought_in_at: broughtIn,
        brought_by: 'police',
        note: 'Omhändertagen av polisen enligt LOB; tillnyktring i stället för arrest.',
        status: out ? 'handed-over' : 'sobering',
        handover_to: s.to ?? null,
        to_unit_id: s.to === 'social-services' ? norrby.id : null,
        handed_over_at: out,
        handed_over_by: out ? anna.staffId : null,
        minutes_to_handover: out
          ? Math.round((out.getTime() - broughtIn.getTime()) / 60_000)
          : null,
        received_by: s.received ? nora.staffId : null,
        received_at: s.received ? timeOn(s.days, s.received) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const detail = { intakeId: id };
    const log = (
      who: typeof anna,
      at: Date,
      action: 'lob-intake.create' | 'lob-intake.handover' | 'lob-intake.receive',
    ) =>
      appendAccessLog(
        trx,
        who,
        [{ personId, action, ground: 'care-relation', outcome: 'allowed', detail }],
        { at },
      );
    await log(anna, broughtIn, 'lob-intake.create');
    if (out) await log(anna, out, 'lob-intake.handover');
    if (s.received) await log(nora, timeOn(s.days, s.received), 'lob-intake.receive');
  }
}
