import { addDays, SURVEYS } from '@vardflata/domain';
import { todayInStockholm } from '../../util/time.ts';
import type { Db } from '../database.ts';

/**
 * followup: answered client surveys (F10) in the demo county, relative to the seed day and
 * with fixed answers: Exempelby has enough UIV answers this and last month to show results,
 * Norrby only three UIV-EB answers, which stay hidden under the small-count rule.
 */
export async function seedDemoSurveys(
  trx: Db,
  ctx: { unitIds: Map<string, { id: string; organisationId: string }> },
): Promise<void> {
  const today = todayInStockholm();
  const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
  const write = async (unit: string, kind: 'uiv' | 'uiv-eb', n: number, daysBack: number) => {
    const u = ctx.unitIds.get(unit)!;
    const count = SURVEYS[kind].questions.length;
    for (let i = 0; i < n; i++) {
      await trx
        .insertInto('survey_response')
        .values({
          kind,
          unit_id: u.id,
          organisation_id: u.organisationId,
          answered_month: monthOf(addDays(today, -daysBack)),
          answers: JSON.stringify(
            Array.from({ length: count }, (_, q) =>
              (i + q) % 7 === 6 ? null : 2 + ((i * 3 + q) % 4),
            ),
          ),
        })
        .execute();
    }
  };
  await write('Socialtjänst Vuxen Exempelby', 'uiv', 7, 0);
  await write('Socialtjänst Vuxen Exempelby', 'uiv', 6, 35);
  await write('Socialtjänst Vuxen Norrby', 'uiv-eb', 3, 10);
}
