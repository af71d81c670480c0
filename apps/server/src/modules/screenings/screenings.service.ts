import {
  type AccessAction,
  INSTRUMENTS,
  ageOn,
  compareAsi,
  questionnaireResponse,
  scoreScreening,
  type AsiRecord,
} from '@vardflata/domain';
import type { AssessmentKind, Screening } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog, logDenied, type AccessLogEntry } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { badRequest, notFound } from '../../http/problem.ts';
import { todayInStockholm } from '../../util/time.ts';
import { requireVisiblePerson } from '../persons/persons.service.ts';
import type { RuleOutcome } from './assessment-rules.ts';
import * as repo from './screenings.repository.ts';

type Ground = AccessLogEntry['ground'];

/** One log row per ground the records were seen on (own organisation, consent, emergency). */
function readEntries(
  personId: string,
  action: AccessAction,
  grounds: Ground[],
  personGround: Ground,
): AccessLogEntry[] {
  const distinct = [...new Set(grounds)];
  return (distinct.length ? distinct : [personGround]).map((ground) => ({
    personId,
    action,
    ground,
    outcome: 'allowed' as const,
  }));
}

function notInFuture(date: string | undefined, path: string) {
  if (date !== undefined && date > todayInStockholm()) {
    throw badRequest([{ path, message: 'cannot be in the future' }]);
  }
}

export async function recordScreening(
  db: Db,
  caller: Caller,
  personId: string,
  body: {
    instrument: 'AUDIT' | 'DUDIT';
    answers: number[];
    performedAt?: string | undefined;
    filledInBy?: 'staff' | 'person' | undefined;
  },
): Promise<Screening> {
  requirePermission(caller, 'screening:write');
  const person = await requireVisiblePerson(db, caller, personId, 'screening.create');
  notInFuture(body.performedAt, 'performedAt');
  const performedOn = body.performedAt ?? todayInStockholm();
  // Sex from the person record and age on the day decide the cut-offs.
  const scored = scoreScreening(body.instrument, body.answers, {
    sex: person.sex,
    ageYears: ageOn(person.date_of_birth, performedOn),
  });
  if (!scored.ok) throw badRequest(scored.errors, `Invalid ${body.instrument} answers.`);
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertScreening(trx, caller, {
      personId,
      instrument: scored.instrument,
      definitionVersion: INSTRUMENTS[scored.instrument].version,
      answers: scored.answers,
      points: scored.points,
      total: scored.total,
      interpretation: scored.interpretation,
      performedOn,
      filledInBy: body.filledInBy ?? 'staff',
    });
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'screening.create',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { screeningId: id },
      },
    ]);
    return (await repo.visibleScreenings(trx, caller, personId, id))[0]!.screening;
  });
}

export async function listScreenings(db: Db, caller: Caller, personId: string) {
  requirePermission(caller, 'screening:read');
  const person = await requireVisiblePerson(db, caller, personId, 'screening.list');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.visibleScreenings(trx, caller, personId);
    await appendAccessLog(
      trx,
      caller,
      readEntries(
        personId,
        'screening.list',
        rows.map((r) => r.ground),
        person.ground ?? 'none',
      ),
    );
    return rows.map((r) => r.screening);
  });
}

/** Records one assessment of any kind: validate with its domain rule, then write and log. */
export async function recordAssessment(
  db: Db,
  caller: Caller,
  personId: string,
  kind: AssessmentKind,
  /** The date the body gives and the name of its field, for the error. */
  date: { value: string; field: string },
  outcome: (context: {
    history: Awaited<ReturnType<typeof repo.visibleAssessments>>;
  }) => RuleOutcome,
  followsId?: string,
) {
  requirePermission(caller, 'screening:write');
  const person = await requireVisiblePerson(db, caller, personId, `assessment.create`);
  notInFuture(date.value, date.field);
  const performedOn = date.value;
  const history = await repo.visibleAssessments(db, caller, personId, { kind });
  const checked = outcome({ history });
  if (!checked.ok) throw badRequest(checked.errors);
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertAssessment(trx, caller, {
      personId,
      kind,
      performedOn,
      data: checked.data,
      result: checked.result,
      followsId: followsId ?? null,
    });
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: `assessment.create`,
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { kind, assessmentId: id },
      },
    ]);
    return (await repo.visibleAssessments(trx, caller, personId, { id }))[0]!.assessment;
  });
}

/** The ASI Grund an Uppföljning follows must be one of the person's, visible to the caller. */
export async function requireAsiGrund(db: Db, caller: Caller, personId: string, grundId: string) {
  const [grund] = await repo.visibleAssessments(db, caller, personId, { kind: 'asi', id: grundId });
  if (!grund || (grund.assessment.data as { form?: string }).form !== 'grund') {
    throw badRequest([{ path: 'grundId', message: 'no ASI Grund with that id for this person' }]);
  }
  return grund;
}

export async function listAssessments(
  db: Db,
  caller: Caller,
  personId: string,
  kind: AssessmentKind | undefined,
) {
  requirePermission(caller, 'screening:read');
  const person = await requireVisiblePerson(db, caller, personId, 'assessment.list');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.visibleAssessments(trx, caller, personId, { kind });
    await appendAccessLog(
      trx,
      caller,
      readEntries(
        personId,
        'assessment.list',
        rows.map((r) => r.ground),
        person.ground ?? 'none',
      ),
    );
    return rows.map((r) => r.assessment);
  });
}

/** Each ASI Uppföljning beside the Grund it follows, per area. */
export async function asiComparisons(db: Db, caller: Caller, personId: string) {
  requirePermission(caller, 'screening:read');
  const person = await requireVisiblePerson(db, caller, personId, 'assessment.asi-comparison');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.visibleAssessments(trx, caller, personId, { kind: 'asi' });
    const byId = new Map(rows.map((r) => [r.assessment.id, r]));
    const comparisons = rows
      .filter((r) => r.followsId !== null && byId.has(r.followsId))
      .map((r) => {
        const grund = byId.get(r.followsId!)!;
        return {
          grundId: grund.assessment.id,
          uppfoljningId: r.assessment.id,
          grundOn: grund.assessment.performedOn,
          uppfoljningOn: r.assessment.performedOn,
          areas: compareAsi(
            grund.assessment.data as unknown as AsiRecord,
            r.assessment.data as unknown as AsiRecord,
          ) as unknown as Record<string, unknown>[],
        };
      })
      .reverse();
    await appendAccessLog(
      trx,
      caller,
      readEntries(
        personId,
        'assessment.asi-comparison',
        rows.map((r) => r.ground),
        person.ground ?? 'none',
      ),
    );
    return comparisons;
  });
}

/** Every result over time, newest first: the person's screening and assessment history. */
export async function timeline(db: Db, caller: Caller, personId: string) {
  requirePermission(caller, 'screening:read');
  const person = await requireVisiblePerson(db, caller, personId, 'screening.timeline');
  return db.transaction().execute(async (trx) => {
    const screenings = await repo.visibleScreenings(trx, caller, personId);
    const assessments = await repo.visibleAssessments(trx, caller, personId);
    const entries = [
      ...screenings.map(({ screening: s }) => ({
        id: s.id,
        kind: s.instrument,
        on: s.performedAt,
        summary: { total: s.total, ...s.interpretation },
        flagged:
          s.instrument === 'AUDIT'
            ? s.interpretation.riskyUse === true ||
              s.interpretation.zone !== 'I' ||
              // Sex unknown: flag when the women's (lower) cut-off is reached.
              (s.interpretation.riskyUse === null &&
                (s.interpretation.riskyUseBySex as { female?: boolean } | undefined)?.female ===
                  true)
            : s.interpretation.category !== 'none',
        organisationName: s.organisationName,
        recordedAt: s.recordedAt,
      })),
      ...assessments.map(({ assessment: a }) => ({
        id: a.id,
        kind: a.kind,
        on: a.performedOn,
        summary: {
          ...a.result,
          ...(a.kind === 'asi' ? { form: (a.data as { form: string }).form } : {}),
          ...(a.kind === 'criteria'
            ? {
                checklist: (a.data as { checklist: string }).checklist,
                substanceClass: (a.data as { substanceClass: string }).substanceClass,
              }
            : {}),
        },
        flagged: isFlagged(a.kind, a.result),
        organisationName: a.organisationName,
        recordedAt: a.recordedAt,
      })),
    ].sort((x, y) =>
      x.on === y.on ? y.recordedAt.localeCompare(x.recordedAt) : y.on.localeCompare(x.on),
    );
    const grounds = [...screenings, ...assessments].map((r) => r.ground);
    await appendAccessLog(
      trx,
      caller,
      readEntries(personId, 'screening.timeline', grounds, person.ground ?? 'none'),
    );
    return entries.map(({ recordedAt: _r, ...e }) => e);
  });
}

function isFlagged(kind: AssessmentKind, result: Record<string, unknown>): boolean {
  switch (kind) {
    case 'drug-test':
      return result.positive === true;
    case 'violence':
      return result.concern === true;
    case 'criteria':
      return (
        result.dependence === true ||
        result.diagnosis === 'dependence' ||
        result.diagnosis === 'abuse' ||
        (typeof result.severity === 'string' && result.severity !== 'none')
      );
    default:
      return false;
  }
}

/** A screening as a FHIR R4 QuestionnaireResponse, under the same access rule and log. */
export async function fhirQuestionnaireResponse(
  db: Db,
  caller: Caller,
  screeningId: string,
  baseUrl: string,
) {
  requirePermission(caller, 'screening:read');
  const owner = await repo.findScreeningPersonId(db, screeningId);
  if (!owner) throw notFound();
  const person = await requireVisiblePerson(db, caller, owner.person_id, 'screening.fhir-read');
  return db
    .transaction()
    .execute(async (trx) => {
      const [row] = await repo.visibleScreenings(trx, caller, owner.person_id, screeningId);
      if (!row) return null;
      await appendAccessLog(trx, caller, [
        {
          personId: owner.person_id,
          action: 'screening.fhir-read',
          ground: row.ground,
          outcome: 'allowed',
          detail: { screeningId },
        },
      ]);
      const s = row.screening;
      return questionnaireResponse(
        INSTRUMENTS[s.instrument],
        { answers: s.answers, total: s.total },
        { id: s.id, subjectReference: `Patient/${s.personId}`, authored: s.performedAt },
        { baseUrl },
      );
    })
    .then(async (resource) => {
      if (resource) return resource;
      await logDenied(db, caller, {
        personId: person.id,
        action: 'screening.fhir-read',
        ground: 'none',
        detail: { screeningId },
      });
      throw notFound();
    });
}
