import type { Db } from '../../db/database.ts';
import type { indicatorCounty } from '../indicators/indicators.fixtures.ts';

/**
 * Writers of the records the needs picture reads, in the indicator tests' county (Region A is
 * the region, Kommun B the municipality): dependence assessments and ASI interviews.
 */
export function needsFixtures(db: Db, c: Awaited<ReturnType<typeof indicatorCounty>>) {
  const insert = (
    personId: string,
    unit: string,
    kind: 'criteria' | 'asi',
    on: string,
    data: object,
    result: object,
  ) =>
    db
      .insertInto('assessment')
      .values({
        person_id: personId,
        kind,
        performed_on: on,
        data: JSON.stringify(data),
        result: JSON.stringify(result),
        recorded_by: c.staffId,
        unit_id: unit,
        organisation_id: c.orgOf(unit),
      })
      .execute();

  /** A checklist for one class, met or not, in the shape the screenings module stores. */
  async function criteria(
    personId: string,
    unit: string,
    on: string,
    substanceClass: string,
    met: boolean,
  ) {
    if (substanceClass === 'gambling') {
      await insert(
        personId,
        unit,
        'criteria',
        on,
        { checklist: 'dsm5-gambling-disorder', substanceClass, met: [] },
        { ok: true, count: met ? 4 : 0, notCounted: [], severity: met ? 'mild' : 'none' },
      );
    } else {
      await insert(
        personId,
        unit,
        'criteria',
        on,
        { checklist: 'icd10-dependence', substanceClass, met: [] },
        { ok: true, count: met ? 3 : 1, threshold: 3, dependence: met },
      );
    }
  }

  async function asi(
    personId: string,
    unit: string,
    on: string,
    ratings: { mental: number | 'X' | 'N'; physical: number | 'X' | 'N' },
  ) {
    const area = (r: number | 'X' | 'N') => ({ interviewerRating: r, clientRating: 0 });
    await insert(
      personId,
      unit,
      'asi',
      on,
      {
        form: 'grund',
        interviewer: 'Test',
        areas: { mentalHealth: area(ratings.mental), physicalHealth: area(ratings.physical) },
        notes: null,
      },
      {},
    );
  }

  return { criteria, asi };
}
