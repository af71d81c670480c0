import { FOLLOW_UP_CHECKLIST } from '@vardflata/domain';
import type { Db } from '../database.ts';
import {
  insertAgreement,
  insertRevision,
  insertRoutine,
  insertRoutineVersion,
} from '../../modules/agreements/repositories/agreement.repository.ts';
import {
  assessStatement,
  insertAction,
  insertFollowUp,
  listStatements,
  recordActionFollowUp,
} from '../../modules/agreements/repositories/follow-up.repository.ts';
import { dayFrom, timeOn } from './demo-sip-writer.ts';

/**
 * The demo county's agreements (F12, seed 001): the county agreement between the region and
 * both municipalities, and a local agreement in Exempelby; routines as versioned documents, a
 * revision, and last year's follow-up assessed, with an action plan partly followed up.
 */
export async function seedDemoAgreements(
  trx: Db,
  c: { staff: (u: string) => string; region: string; exempelby: string; norrby: string },
): Promise<{ countyAgreementId: string; localAgreementId: string }> {
  const countyAgreementId = await insertAgreement(trx, {
    title: 'Överenskommelse om samarbete för personer med missbruk och beroende',
    kind: 'county',
    summary:
      'Länsövergripande överenskommelse mellan regionen och länets kommuner enligt 5 kap. 9 a § ' +
      'SoL och 16 kap. 3 § HSL: samordning, tillgänglighet, kvalitet och förebyggande arbete.',
    validFrom: dayFrom(-700),
    validUntil: dayFrom(760),
    reviewOn: dayFrom(20),
    partyIds: [c.region, c.exempelby, c.norrby],
  });
  const localAgreementId = await insertAgreement(trx, {
    title: 'Lokal samverkansrutin Exempelby',
    kind: 'local',
    summary:
      'Kontaktvägar, informationsöverföring och ansvarsfördelning mellan Beroendecentrum och ' +
      'Socialtjänst Vuxen Exempelby.',
    validFrom: dayFrom(-500),
    validUntil: null,
    reviewOn: dayFrom(200),
    partyIds: [c.region, c.exempelby],
  });
  const maja = c.staff('maja.chef');
  const lvm = await insertRoutine(trx, {
    agreementId: countyAgreementId,
    title: 'Checklista vid LVM',
    body:
      'Socialtjänsten gör anmälan och utredning; läkarintyg utfärdas av läkare inom regionen ' +
      'inom 24 timmar; polishandräckning begärs av socialnämnden.',
    by: maja,
    at: timeOn(-650, '10:00'),
  });
  await insertRoutineVersion(trx, {
    routineId: lvm,
    version: 2,
    body:
      'Socialtjänsten gör anmälan och utredning; läkarintyg utfärdas av läkare inom regionen ' +
      'inom 24 timmar; polishandräckning begärs av socialnämnden. Kontaktperson på ' +
      'Beroendecentrum anges i varje ärende.',
    note: 'Kontaktperson på Beroendecentrum tillagd',
    by: maja,
    at: timeOn(-120, '10:00'),
  });
  await insertRoutine(trx, {
    agreementId: countyAgreementId,
    title: 'Rutin för abstinensvård',
    body:
      'Abstinensvård ges av regionen vid Beroendecentrum; socialtjänsten planerar fortsatt ' +
      'vård före utskrivning och kallas till SIP när insatser behövs från båda.',
    by: maja,
    at: timeOn(-640, '10:00'),
  });
  await insertRoutine(trx, {
    agreementId: localAgreementId,
    title: 'Gemensamma behandlingslinjer',
    body: 'Behandlingslinjer för alkohol, opioider och samsjuklighet enligt nationella riktlinjer.',
    by: maja,
    at: timeOn(-480, '10:00'),
  });
  await insertRevision(trx, {
    agreementId: countyAgreementId,
    revisedOn: dayFrom(-300),
    note: 'Reviderad efter årlig uppföljning: tvistelösning och LARO förtydligade.',
    by: maja,
  });

  // Last year's follow-up of the county agreement, assessed and with an action plan.
  const year = Number(dayFrom(0).slice(0, 4)) - 1;
  let position = 0;
  const followUpId = await insertFollowUp(trx, {
    agreementId: countyAgreementId,
    year,
    by: c.staff('olle.analytiker'),
    statements: FOLLOW_UP_CHECKLIST.flatMap((area) =>
      area.statements.map((s) => ({
        area: area.code,
        code: s.code,
        position: position++,
        text: s.text,
      })),
    ),
  });
  const verdicts: Record<string, ['met' | 'partly-met' | 'not-met', string]> = {
    'coordination-1': ['met', 'Lokala rutiner finns i båda kommunerna.'],
    'coordination-4': ['partly-met', 'Två tvister tog mer än tre månader.'],
    'coordination-5': ['partly-met', 'SIP upprättas men följs inte alltid upp.'],
    'availability-3': ['not-met', 'Väntetid till abstinensvård över målet.'],
    'quality-6': ['partly-met', 'Hälften av personalen utbildad i MI.'],
    'prevention-1': ['met', 'AUDIT/DUDIT används vid nybesök.'],
  };
  for (const s of await listStatements(trx, followUpId)) {
    const v = verdicts[s.code];
    if (!v) continue;
    await assessStatement(trx, followUpId, s.id, {
      assessment: v[0],
      comment: v[1],
      by: c.staff('olle.analytiker'),
      at: timeOn(-40, '13:00'),
    });
  }
  const done = await insertAction(trx, {
    followUpId,
    level: 'county',
    text: 'Förtydliga tvistelösningen med tidsgränser för varje nivå.',
    owner: 'SocialKOLA',
    deadline: dayFrom(-10),
  });
  await recordActionFollowUp(trx, followUpId, done, {
    status: 'done',
    note: 'Tidsgränser beslutade och inlagda i Vårdfläta.',
    at: timeOn(-12, '09:00'),
  });
  await insertAction(trx, {
    followUpId,
    level: 'local',
    text: 'Korta väntetiden till abstinensvård till högst sju dagar.',
    owner: 'Maja Verksamhetschef, Beroendecentrum',
    deadline: dayFrom(60),
  });
  return { countyAgreementId, localAgreementId };
}
