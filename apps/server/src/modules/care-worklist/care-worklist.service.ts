import { daysBetween, INTERVENTION_LABELS, REFERRAL_LABELS } from '@vardflata/domain';
import type { AccessGround, CareWorklist, CareWorklistItem } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import { interventionsPastPlannedEnd } from '../interventions/repositories/intervention.repository.ts';
import { coerciveCareDeadlines } from '../coercive-care/coercive-care.worklist.ts';
import {
  activeSipsWithoutChildrenQuestion,
  interventionsWithoutChildrenQuestion,
} from '../circle/repositories/circle.repository.ts';
import { findVisiblePersonsByIds } from '../persons/persons.repository.ts';
import { toReferral } from '../referrals/referrals.presenter.ts';
import {
  visibleReferrals,
  type ReferralRow,
} from '../referrals/repositories/referral.repository.ts';

/** An item; sources that read the person with the record (a referral received under consent,
 * of a person the unit has no care relation with) give the person and the ground themselves. */
type Draft = Omit<CareWorklistItem, 'person'> & {
  person?: CareWorklistItem['person'];
  ground?: AccessGround;
};

function referralItems(rows: ReferralRow[], caller: Caller, today: string, box: 'in' | 'out') {
  return rows.map((r): Draft => {
    const p = toReferral(caller, r, today);
    const days = daysBetween(today, r.due_on);
    const what = REFERRAL_LABELS.kind[r.kind].sv.toLowerCase();
    return {
      kind:
        box === 'in'
          ? 'referral-incoming'
          : p.overdue
            ? 'referral-answer-overdue'
            : 'referral-awaiting-answer',
      personId: r.person_id,
      person: { id: r.person_id, ...p.person },
      ground: r.ground,
      recordId: r.id,
      dueOn: r.due_on,
      days,
      text:
        box === 'in'
          ? `Besvara remissen från ${r.from_unit_name} (${what}).`
          : p.overdue
            ? `Svar ej mottaget från ${r.to_unit_name} (${what}).`
            : `Väntar på svar från ${r.to_unit_name} (${what}).`,
    };
  });
}

/** Each source of items: reads what waits on the caller's unit, as of `today`. */
const SOURCES: ((trx: Db, caller: Caller, today: string) => Promise<Draft[]>)[] = [
  async (trx, caller, today) =>
    (await interventionsPastPlannedEnd(trx, caller, today)).map((r) => ({
      kind: 'intervention-outcome-missing' as const,
      personId: r.person_id,
      recordId: r.id,
      dueOn: r.planned_end_on,
      days: daysBetween(today, r.planned_end_on!),
      text: `Insatsen ${INTERVENTION_LABELS.category[r.category].sv.toLowerCase()} skulle ha avslutats – registrera utfallet.`,
    })),
  async (trx, caller, today) =>
    (await interventionsWithoutChildrenQuestion(trx, caller, today)).map((r) => ({
      kind: 'children-question-open' as const,
      personId: r.person_id,
      recordId: r.id,
      dueOn: r.start_on,
      days: daysBetween(today, r.start_on),
      text: 'Fråga om barn som anhöriga när insatsen startar – finns barn i hushållet eller med regelbunden kontakt?',
    })),
  async (trx, caller, today) =>
    (await activeSipsWithoutChildrenQuestion(trx, caller)).map((r) => ({
      kind: 'sip-children-question-open' as const,
      personId: r.person_id,
      recordId: r.id,
      dueOn: r.activated_on,
      days: r.activated_on ? daysBetween(today, r.activated_on) : null,
      text: 'Fråga om barn som anhöriga i SIP:en – finns barn i hushållet eller med regelbunden kontakt?',
    })),
  async (trx, caller, today) => [
    ...referralItems(
      await visibleReferrals(trx, caller, { box: 'incoming', open: true }),
      caller,
      today,
      'in',
    ),
    ...referralItems(
      await visibleReferrals(trx, caller, { box: 'outgoing', open: true }),
      caller,
      today,
      'out',
    ),
  ],
  // LVM/LVU: a statutory limit that runs out within a week or has passed (decision 0019-a).
  (trx, caller, today) => coerciveCareDeadlines(trx, caller, today),
];

/** An item with the ground on which its person is shown (for the access log). */
export type ShownItem = CareWorklistItem & { ground: AccessGround };

/**
 * What waits on the caller's unit, with the persons the caller may see, sorted by due day; not
 * logged (the caller logs what it shows). Also read by FHIR Task (decision 0019-g).
 */
export async function collectCareWorklist(
  trx: Db,
  caller: Caller,
  today: string,
): Promise<ShownItem[]> {
  const drafts: Draft[] = [];
  for (const source of SOURCES) drafts.push(...(await source(trx, caller, today)));
  const persons = new Map(
    (
      await findVisiblePersonsByIds(
        trx,
        caller,
        drafts.filter((d) => !d.person).map((d) => d.personId),
      )
    ).map((p) => [p.id, p]),
  );
  const shown: ShownItem[] = [];
  for (const { person, ground, ...d } of drafts) {
    const p = persons.get(d.personId);
    if (person) shown.push({ ...d, person, ground: ground ?? 'none' });
    else if (p) {
      const hidden = p.protected_identity && !caller.mayViewProtectedIdentity;
      shown.push({
        ...d,
        ground: p.ground ?? 'none',
        person: {
          id: p.id,
          personalIdentityNumber: p.personal_identity_number,
          givenName: hidden ? null : p.given_name,
          familyName: hidden ? null : p.family_name,
          protectedIdentity: p.protected_identity,
        },
      });
    }
  }
  shown.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  return shown;
}

/**
 * The care-chain worklist (F6, F7), read live for the caller's unit. Only persons the caller
 * may see are named; each person shown is a logged read.
 */
export async function getCareWorklist(
  db: Db,
  caller: Caller,
  now: Date = new Date(),
): Promise<CareWorklist> {
  requirePermission(caller, 'care-chain:read');
  const today = todayInStockholm(now);
  return db.transaction().execute(async (trx) => {
    const shown = await collectCareWorklist(trx, caller, today);
    // Each person shown is a logged read, once per ground.
    const logged = new Map(shown.map((i) => [`${i.personId}:${i.ground}`, i]));
    await appendAccessLog(
      trx,
      caller,
      [...logged.values()].map((i) => ({
        personId: i.personId,
        action: 'care-worklist.read' as const,
        ground: i.ground,
        outcome: 'allowed' as const,
      })),
    );
    return { today, items: shown.map(({ ground: _ground, ...item }) => item) };
  });
}
