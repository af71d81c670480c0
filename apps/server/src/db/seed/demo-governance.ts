import type { Db } from '../database.ts';
import {
  insertBody,
  insertMember,
} from '../../modules/collaboration-bodies/repositories/collaboration-body.repository.ts';
import {
  insertDeviation,
  recordAnswer,
  recordClosing,
} from '../../modules/deviations/repositories/deviation.repository.ts';
import { climb, startStep } from '../../modules/disputes/disputes.ladder.ts';
import {
  endCurrentStep,
  findDisputeForJobs,
  insertDispute,
  recordDecision,
} from '../../modules/disputes/repositories/dispute.repository.ts';
import { seedDemoAgreements } from './demo-agreements.ts';
import { seedDemoPublicServices } from './demo-public-services.ts';
import { timeOn } from './demo-sip-writer.ts';

/**
 * The demo county's governance (F12–F18): the county steering group (SocialKOLA), a local
 * collaboration group (LokalKOLA Exempelby) and the user council, deviations in every state,
 * on their days relative to the seed day (decision 0010-c). The analyst Olle sits in the
 * steering group (decision 0016-a): he plays the steering group in the demo.
 */
export interface GovernanceSeedContext {
  organisationIds: Map<string, string>;
  unitIds: Map<string, { id: string; organisationId: string }>;
  staffIds: Map<string, string>;
}

export interface GovernanceSeed {
  steeringGroupId: string;
  localGroupId: string;
  userCouncilId: string;
}

export async function seedDemoGovernance(
  trx: Db,
  ctx: GovernanceSeedContext,
): Promise<GovernanceSeed> {
  const org = (name: string) => ctx.organisationIds.get(name)!;
  const staff = (username: string) => ctx.staffIds.get(username)!;
  const unit = (name: string) => ctx.unitIds.get(name)!.id;
  const region = org('Region Exempel');
  const exempelby = org('Exempelby kommun');
  const norrby = org('Norrby kommun');

  const steeringGroupId = await insertBody(trx, {
    name: 'SocialKOLA',
    kind: 'county-steering-group',
    description:
      'Samrådsgrupp på politisk nivå där regionen och länets kommuner är representerade.',
  });
  await insertMember(trx, {
    bodyId: steeringGroupId,
    staffId: staff('olle.analytiker'),
    name: 'Olle Analytiker',
    organisationId: region,
  });
  await insertMember(trx, {
    bodyId: steeringGroupId,
    staffId: null,
    name: 'Kerstin Socialchef',
    organisationId: exempelby,
  });
  await insertMember(trx, {
    bodyId: steeringGroupId,
    staffId: null,
    name: 'Lars Socialchef',
    organisationId: norrby,
  });

  const localGroupId = await insertBody(trx, {
    name: 'LokalKOLA Exempelby',
    kind: 'local-group',
    description: 'Lokal samverkansgrupp med verksamhetsföreträdare från båda huvudmännen.',
  });
  await insertMember(trx, {
    bodyId: localGroupId,
    staffId: staff('maja.chef'),
    name: 'Maja Verksamhetschef',
    organisationId: region,
  });
  await insertMember(trx, {
    bodyId: localGroupId,
    staffId: staff('sara.samordnare'),
    name: 'Sara Samordnare',
    organisationId: exempelby,
  });

  const userCouncilId = await insertBody(trx, {
    name: 'Brukarrådet',
    kind: 'user-council',
    description: 'Brukar- och anhörigorganisationernas röst i utvecklingen av vården.',
  });
  await insertMember(trx, {
    bodyId: userCouncilId,
    staffId: null,
    name: 'Brukarföreningen Exempel',
    organisationId: null,
    represents: 'user-organisation',
  });
  await insertMember(trx, {
    bodyId: userCouncilId,
    staffId: null,
    name: 'Anhörigföreningen Exempel',
    organisationId: null,
    represents: 'relative-organisation',
  });

  // Deviations: one open, one answered, two closed — all without person data.
  const report = (
    by: string,
    from: { organisation: string; unit: string },
    concerns: string,
    category: Parameters<typeof insertDeviation>[1]['category'],
    description: string,
    days: number,
  ) =>
    insertDeviation(trx, {
      category,
      description,
      reportedBy: staff(by),
      reporterOrganisationId: org(from.organisation),
      reporterUnitId: unit(from.unit),
      concernsOrganisationId: concerns,
      reportedAt: timeOn(days, '09:30'),
    });
  const socExempelby = { organisation: 'Exempelby kommun', unit: 'Socialtjänst Vuxen Exempelby' };
  const beroende = { organisation: 'Region Exempel', unit: 'Beroendecentrum' };
  await report(
    'erik.socsek',
    socExempelby,
    region,
    'availability',
    'Ingen läkare kunde nås på Beroendecentrum under tre dagar trots upprepade samtal.',
    -3,
  );
  const answered = await report(
    'anna.lakare',
    beroende,
    exempelby,
    'information-transfer',
    'Utskrivningsmeddelandet nådde inte socialtjänsten före hemgång.',
    -20,
  );
  await recordAnswer(trx, answered, {
    answer: 'Meddelandet skickades till fel funktionsbrevlåda; adressen är rättad.',
    by: staff('erik.socsek'),
    at: timeOn(-15, '14:00'),
  });
  const closed = await report(
    'sara.samordnare',
    socExempelby,
    region,
    'coordination',
    'SIP-möte ställdes in av regionen samma dag utan ny tid.',
    -60,
  );
  await recordAnswer(trx, closed, {
    answer: 'Mötet krockade med en akut bemanningsbrist; vi ber om ursäkt.',
    by: staff('maja.chef'),
    at: timeOn(-55, '10:00'),
  });
  await recordClosing(trx, closed, {
    actionTaken: 'Rutinen ändrad: en inställd SIP får alltid en ny tid inom en vecka.',
    by: staff('maja.chef'),
    at: timeOn(-50, '11:00'),
  });
  const responsibility = await report(
    'maja.chef',
    beroende,
    norrby,
    'responsibility',
    'Oklart vem som bekostar abstinensvård före HVB-placering.',
    -90,
  );
  await recordClosing(trx, responsibility, {
    actionTaken: 'Lyft som tvist; avgjord i LokalKOLA.',
    by: staff('maja.chef'),
    at: timeOn(-70, '11:00'),
  });
  await seedDisputes(trx, { staff, region, exempelby, norrby });
  await seedDemoAgreements(trx, { staff, region, exempelby, norrby });
  await seedDemoPublicServices(trx, { region, exempelby });
  return { steeringGroupId, localGroupId, userCouncilId };
}

/** Disputes on the ladder: one new, one at the nearest management level, one resolved in
 * LokalKOLA. Each step starts on its day; the escalations are the ladder's own. */
async function seedDisputes(
  trx: Db,
  c: { staff: (u: string) => string; region: string; exempelby: string; norrby: string },
) {
  const raise = async (title: string, description: string, other: string, days: number) => {
    const id = await insertDispute(trx, {
      title,
      description,
      raisedBy: c.staff('maja.chef'),
      raisedByOrganisationId: c.region,
      otherOrganisationId: other,
      personId: null,
      raisedAt: timeOn(days, '10:00'),
    });
    await startStep(trx, (await findDisputeForJobs(trx, id))!, 1, timeOn(days, '10:00'));
    return id;
  };
  const up = async (id: string, days: number) =>
    climb(
      trx,
      (await findDisputeForJobs(trx, id))!,
      'escalated',
      c.staff('maja.chef'),
      timeOn(days, '15:00'),
    );

  await raise(
    'Ansvar för läkemedelsgenomgång vid HVB-placering',
    'Oklart om regionen eller kommunen ansvarar för läkemedelsgenomgång före placering.',
    c.exempelby,
    -2,
  );
  const management = await raise(
    'Väntetid till abstinensvård',
    'Kommunen anser att väntetiden till abstinensvård strider mot överenskommelsen.',
    c.norrby,
    -12,
  );
  await up(management, -5);
  const resolved = await raise(
    'Kostnadsansvar för abstinensvård före HVB-placering',
    'Parterna är oense om vem som bekostar abstinensvård före en HVB-placering.',
    c.norrby,
    -88,
  );
  await up(resolved, -80);
  await up(resolved, -75);
  await endCurrentStep(trx, resolved, {
    how: 'resolved',
    by: c.staff('maja.chef'),
    at: timeOn(-71, '15:00'),
  });
  await recordDecision(trx, resolved, {
    decision:
      'Regionen bekostar abstinensvården; kommunen bekostar placeringen från inskrivningsdagen.',
    by: c.staff('maja.chef'),
    at: timeOn(-71, '15:00'),
  });
}
