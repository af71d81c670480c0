import { daysBetween, INTERVENTION_LABELS } from '@vardflata/domain';
import type { CareWorklist, CareWorklistItem } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import { interventionsPastPlannedEnd } from '../interventions/repositories/intervention.repository.ts';
import { findVisiblePersonsByIds } from '../persons/persons.repository.ts';

type Draft = Omit<CareWorklistItem, 'person'>;

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
];

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
    const drafts = (await Promise.all(SOURCES.map((s) => s(trx, caller, today)))).flat();
    const persons = new Map(
      (
        await findVisiblePersonsByIds(
          trx,
          caller,
          drafts.map((d) => d.personId),
        )
      ).map((p) => [p.id, p]),
    );
    const items: CareWorklistItem[] = drafts
      .filter((d) => persons.has(d.personId))
      .map((d) => {
        const p = persons.get(d.personId)!;
        const hidden = p.protected_identity && !caller.mayViewProtectedIdentity;
        return {
          ...d,
          person: {
            id: p.id,
            personalIdentityNumber: p.personal_identity_number,
            givenName: hidden ? null : p.given_name,
            familyName: hidden ? null : p.family_name,
            protectedIdentity: p.protected_identity,
          },
        };
      })
      .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
    await appendAccessLog(
      trx,
      caller,
      [...new Set(items.map((i) => i.personId))].map((personId) => ({
        personId,
        action: 'care-worklist.read' as const,
        ground: persons.get(personId)!.ground ?? 'none',
        outcome: 'allowed' as const,
      })),
    );
    return { today, items };
  });
}
