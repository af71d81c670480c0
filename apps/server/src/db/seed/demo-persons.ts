import { INSTRUMENTS, addDays, ageOn, luhnCheckDigit, scoreScreening } from '@vardflata/domain';
import { appendAccessLog } from '../../audit/access-log.ts';
import { todayInStockholm } from '../../util/time.ts';
import type { Db } from '../database.ts';

interface SeedContext {
  unitIds: Map<string, { id: string; organisationId: string }>;
  organisationIds: Map<string, string>;
  staffIds: Map<string, string>;
}

/** Which unit's staff member opened a relation (the demo accounts, by unit). */
const OPENER: Record<string, string> = {
  Beroendecentrum: 'anna.lakare',
  'Vårdcentral Centrum': 'vera.vardcentral',
  Psykiatrimottagning: 'anna.lakare',
  'Socialtjänst Vuxen Exempelby': 'erik.socsek',
  'Socialtjänst Vuxen Norrby': 'nora.socsek',
  'Solgården behandlingshem': 'erik.socsek',
};

const BC = 'Beroendecentrum';
const VC = 'Vårdcentral Centrum';
const PSY = 'Psykiatrimottagning';
const EX = 'Socialtjänst Vuxen Exempelby';
const NO = 'Socialtjänst Vuxen Norrby';
const HVB = 'Solgården behandlingshem';

interface Story {
  units: string[];
  /** Units whose relation has since been closed. */
  closed?: string[];
  /** Information-sharing consent recorded by the first unit's organisation. */
  consent?: { to: string[]; state: 'valid' | 'revoked' | 'expired' };
  protectedIdentity?: boolean;
}

// The histories the demo county tells; persons cycle through them.
const STORIES: Story[] = [
  { units: [BC] },
  { units: [EX, BC], consent: { to: ['Region Exempel', 'Exempelby kommun'], state: 'valid' } },
  { units: [EX] },
  { units: [NO] },
  { units: [EX, VC], consent: { to: ['Region Exempel'], state: 'revoked' } },
  { units: [BC, PSY] },
  { units: [EX, BC], consent: { to: ['Region Exempel'], state: 'expired' } },
  { units: [EX, HVB], consent: { to: ['HVB Solgården'], state: 'valid' } },
  { units: [BC, EX], closed: [EX] },
  { units: [NO, BC], consent: { to: ['Norrby kommun', 'Region Exempel'], state: 'valid' } },
  { units: [EX], protectedIdentity: true },
  { units: [VC] },
];

const GIVEN_FEMALE = [
  'Lisa',
  'Maria',
  'Sofia',
  'Elin',
  'Karin',
  'Emma',
  'Anna',
  'Ida',
  'Johanna',
  'Linnea',
  'Sara',
  'Hanna',
];
const GIVEN_MALE = [
  'Kalle',
  'Johan',
  'Mikael',
  'Anders',
  'Jonas',
  'Oskar',
  'Peter',
  'Lars',
  'Emil',
  'Niklas',
  'Fredrik',
  'Daniel',
];
const FAMILY = [
  'Exempelsson',
  'Lindqvist',
  'Berglund',
  'Åkesson',
  'Sandberg',
  'Holmström',
  'Nyström',
  'Ekdahl',
  'Forsberg',
  'Wikström',
  'Hedlund',
  'Öberg',
  'Lundgren',
  'Strand',
  'Dahlberg',
  'Sjöberg',
  'Björk',
  'Engström',
];

export const DEMO_PERSON_COUNT = 36;

/** A valid, invented personnummer for demo person i (born 1960–2004). */
export function demoIdentityNumber(i: number, sex: 'female' | 'male'): string {
  const year = 1960 + ((i * 7) % 45);
  const month = 1 + ((i * 5) % 12);
  const day = 1 + ((i * 11) % 28);
  // The second-to-last digit is even for women and odd for men, as in the old numbers.
  const serial = `${90 + (i % 10)}${sex === 'female' ? (i * 2) % 10 : ((i * 2) % 10) + 1}`;
  const yymmdd = `${String(year).slice(2)}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  const check = luhnCheckDigit(yymmdd + serial);
  return `${year}${yymmdd.slice(2)}${serial}${check}`;
}

function daysAgo(days: number): Date {
  return new Date(Date.now() - days * 86_400_000);
}

/** Seeds the demo persons; their ids, by index, for the SIP stories (demo-sips.ts). */
export async function seedDemoPersons(trx: Db, ctx: SeedContext): Promise<string[]> {
  const today = todayInStockholm();
  const personIds: string[] = [];
  for (let i = 0; i < DEMO_PERSON_COUNT; i++) {
    const story = STORIES[i % STORIES.length]!;
    const sex = i % 2 === 0 ? 'male' : 'female';
    const given = (sex === 'female' ? GIVEN_FEMALE : GIVEN_MALE)[Math.floor(i / 2) % 12]!;
    const family = FAMILY[i % FAMILY.length]!;
    const number = demoIdentityNumber(i, sex);
    const { id: personId } = await trx
      .insertInto('person')
      .values({
        personal_identity_number: number,
        identity_number_kind: 'personnummer',
        date_of_birth: `${number.slice(0, 4)}-${number.slice(4, 6)}-${number.slice(6, 8)}`,
        given_name: given,
        family_name: family,
        sex: i === 23 ? 'unknown' : sex,
        protected_identity: story.protectedIdentity ?? false,
        test_data: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    personIds.push(personId);

    for (const [k, unitName] of story.units.entries()) {
      const unit = ctx.unitIds.get(unitName)!;
      const openerName = OPENER[unitName]!;
      const opener = ctx.staffIds.get(openerName)!;
      const openedAt = daysAgo(400 - i * 7 - k * 30);
      const closed = story.closed?.includes(unitName);
      await trx
        .insertInto('care_relation')
        .values({
          person_id: personId,
          unit_id: unit.id,
          organisation_id: unit.organisationId,
          opened_at: openedAt,
          opened_by: opener,
          ...(closed
            ? {
                closed_at: daysAgo(20),
                closed_by: opener,
                close_reason: 'Insatsen avslutad enligt plan.',
              }
            : {}),
        })
        .execute();
      await appendAccessLog(
        trx,
        { staffId: opener, unitId: unit.id, organisationId: unit.organisationId },
        [{ personId, action: 'person.register', ground: 'care-relation', outcome: 'allowed' }],
        // The demo's history is logged on the days it happened, so log review and the register
        // extract tell the same story as the records.
        { at: openedAt },
      );
    }

    if (i % 3 !== 2) {
      await seedScreenings(trx, ctx, personId, story.units[0]!, {
        sex: i === 23 ? 'unknown' : sex,
        dateOfBirth: `${number.slice(0, 4)}-${number.slice(4, 6)}-${number.slice(6, 8)}`,
        start: 8 + (i % 5) * 3,
        // Screened only while known to the unit: from a week after its relation opened.
        knownForDays: 400 - i * 7,
        today,
      });
    }

    if (story.consent) {
      const first = ctx.unitIds.get(story.units[0]!)!;
      const recorder = ctx.staffIds.get(OPENER[story.units[0]!]!)!;
      const expired = story.consent.state === 'expired';
      // An expired consent was given soon after the unit first met the person.
      const recordedDays = expired ? 400 - i * 7 - 3 : 60;
      const recordedAt = daysAgo(recordedDays);
      const { id: consentId } = await trx
        .insertInto('consent')
        .values({
          person_id: personId,
          purpose: 'information-sharing',
          form: 'written',
          valid_from: addDays(today, -recordedDays),
          valid_until: expired ? addDays(today, -35) : addDays(today, 300),
          note: 'Samtycke till informationsutbyte mellan socialtjänst och hälso- och sjukvård.',
          recorded_at: recordedAt,
          recorded_by: recorder,
          recorded_unit_id: first.id,
          recorded_organisation_id: first.organisationId,
          ...(story.consent.state === 'revoked'
            ? {
                revoked_at: daysAgo(10),
                revoked_by: recorder,
                revoke_reason: 'Personen återkallade muntligt.',
              }
            : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('consent_recipient')
        .values(
          story.consent.to.map((o) => ({
            consent_id: consentId,
            organisation_id: ctx.organisationIds.get(o)!,
          })),
        )
        .execute();
      await appendAccessLog(
        trx,
        { staffId: recorder, unitId: first.id, organisationId: first.organisationId },
        [
          {
            personId,
            action: 'consent.create',
            ground: 'care-relation',
            outcome: 'allowed',
            detail: { consentId },
          },
        ],
        { at: recordedAt },
      );
      if (story.consent.state === 'revoked') {
        await appendAccessLog(
          trx,
          { staffId: recorder, unitId: first.id, organisationId: first.organisationId },
          [
            {
              personId,
              action: 'consent.revoke',
              ground: 'care-relation',
              outcome: 'allowed',
              detail: { consentId },
            },
          ],
          { at: daysAgo(10) },
        );
      }
    }
  }
  return personIds;
}

/** Answers (option indexes) that add up to `total` on items 1–8, for a plausible history. */
function answersFor(instrument: 'AUDIT' | 'DUDIT', total: number): number[] {
  const answers = Array<number>(INSTRUMENTS[instrument].items.length).fill(0);
  let left = total;
  for (let k = 0; k < 8 && left > 0; k++) {
    answers[k] = Math.min(4, left);
    left -= answers[k]!;
  }
  return answers;
}

/**
 * Three AUDITs over the time the person has been known to the unit, falling as treatment works,
 * and one DUDIT: the history the trend chart shows. Scored with the same domain rules as a real
 * screening.
 */
async function seedScreenings(
  trx: Db,
  ctx: SeedContext,
  personId: string,
  unitName: string,
  p: {
    sex: 'female' | 'male' | 'unknown';
    dateOfBirth: string;
    start: number;
    knownForDays: number;
    today: string;
  },
): Promise<void> {
  const unit = ctx.unitIds.get(unitName)!;
  const recorder = ctx.staffIds.get(OPENER[unitName]!)!;
  const known = p.knownForDays;
  const plan: ['AUDIT' | 'DUDIT', number, number][] = [
    ['AUDIT', -(known - 7), p.start + 10],
    ['AUDIT', -Math.round(known * 0.6), p.start + 5],
    ['AUDIT', -Math.round(known * 0.25), p.start],
    ['DUDIT', -Math.round(known * 0.25) + 14, Math.max(0, p.start - 6)],
  ];
  for (const [instrument, offset, total] of plan) {
    const performedOn = addDays(p.today, offset);
    const scored = scoreScreening(instrument, answersFor(instrument, total), {
      sex: p.sex,
      ageYears: ageOn(p.dateOfBirth, performedOn),
    });
    if (!scored.ok)
      throw new Error(`demo screening does not score: ${JSON.stringify(scored.errors)}`);
    const { id } = await trx
      .insertInto('screening')
      .values({
        person_id: personId,
        instrument,
        definition_version: INSTRUMENTS[instrument].version,
        answers: JSON.stringify(scored.answers),
        points: JSON.stringify(scored.points),
        total: scored.total,
        interpretation: JSON.stringify(scored.interpretation),
        performed_on: performedOn,
        filled_in_by: 'staff',
        recorded_by: recorder,
        unit_id: unit.id,
        organisation_id: unit.organisationId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAccessLog(
      trx,
      { staffId: recorder, unitId: unit.id, organisationId: unit.organisationId },
      [
        {
          personId,
          action: 'screening.create',
          ground: 'care-relation',
          outcome: 'allowed',
          detail: { screeningId: id },
        },
      ],
      { at: new Date(`${performedOn}T09:30:00Z`) },
    );
  }
}
