import type {
  AssignCaseManagerBody,
  CareCase,
  CaseManager,
  CaseStats,
  CloseCaseBody,
  MyPersons,
  OpenCaseBody,
  PersonCases,
} from '@vardflata/contracts';
import type { AccessAction } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { withRecord, type RecordKind } from '../care-chain/with-record.ts';
import { requireVisiblePerson } from '../persons/persons.service.ts';
import { findStaffByIds } from '../staff/staff.repository.ts';
import * as repo from './case-management.repository.ts';
import {
  requireColleague,
  requireNoOpenCase,
  requireOpenCase,
  requireOwnCase,
} from './case-management.policy.ts';

const toCase = (r: repo.CaseRow): CareCase => ({
  id: r.id,
  personId: r.person_id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  openedOn: r.opened_on,
  reopened: r.reopened,
  closedOn: r.closed_on,
  outcome: r.outcome,
});

async function managerOf(db: Db, caller: Caller, personId: string): Promise<CaseManager | null> {
  const m = await repo.activeCaseManager(db, caller, personId);
  if (!m) return null;
  return {
    id: m.id,
    kind: m.kind,
    staffId: m.staff_id,
    name: m.staff_name ?? m.team_name ?? '',
    unitName: m.unit_name,
    assignedOn: m.assigned_on,
  };
}

/** Runs a write about a visible person in one transaction with its log row. */
async function personWrite<T>(
  db: Db,
  caller: Caller,
  personId: string,
  action: AccessAction,
  act: (trx: Db) => Promise<T>,
): Promise<T> {
  requirePermission(caller, 'care-chain:write');
  const person = await requireVisiblePerson(db, caller, personId, action);
  return db.transaction().execute(async (trx) => {
    const value = await act(trx);
    await appendAccessLog(trx, caller, [
      { personId, action, ground: person.ground ?? 'none', outcome: 'allowed' },
    ]);
    return value;
  });
}

/** A named case manager or an ACT team for the person, independent of any SIP (F7). */
export async function assignCaseManager(
  db: Db,
  caller: Caller,
  personId: string,
  body: AssignCaseManagerBody,
): Promise<CaseManager> {
  if (body.staffId) requireColleague(caller, (await findStaffByIds(db, [body.staffId]))[0]);
  return personWrite(db, caller, personId, 'case-manager.assign', async (trx) => {
    await repo.replaceCaseManager(trx, {
      person_id: personId,
      organisation_id: caller.organisationId!,
      unit_id: caller.unitId!,
      kind: body.kind,
      staff_id: body.kind === 'case-manager' ? body.staffId! : null,
      team_name: body.kind === 'act-team' ? body.teamName! : null,
      assigned_on: body.assignedOn,
      recorded_by: caller.staffId,
    });
    return (await managerOf(trx, caller, personId))!;
  });
}

/** Opens a case at the caller's unit; reopened (återaktualiserad) when one closed before (F8). */
export async function openCase(
  db: Db,
  caller: Caller,
  personId: string,
  body: OpenCaseBody,
): Promise<CareCase> {
  // A person who returns to the unit is återaktualiserad, logged and counted as such.
  const before = await repo.casesAtUnit(db, personId, caller.unitId!);
  const action = before.closedBefore ? 'case.reopen' : 'case.open';
  return personWrite(db, caller, personId, action, async (trx) => {
    const at = await repo.casesAtUnit(trx, personId, caller.unitId!);
    requireNoOpenCase(at.open);
    const id = await repo.insertCase(trx, {
      person_id: personId,
      organisation_id: caller.organisationId!,
      unit_id: caller.unitId!,
      opened_on: body.openedOn,
      reopened: at.closedBefore,
      recorded_by: caller.staffId,
    });
    return toCase((await repo.visibleCases(trx, caller, { id }))[0]!);
  });
}

const CASE: RecordKind<repo.CaseRow> = {
  detailKey: 'caseId',
  findVisible: async (db, caller, id) => (await repo.visibleCases(db, caller, { id }))[0],
  lock: repo.lockCase,
  personIdOf: repo.findCasePersonId,
  mayWrite: requireOwnCase,
};

/** Closes the case with its outcome (F8). */
export function closeCase(db: Db, caller: Caller, id: string, body: CloseCaseBody) {
  return withRecord(CASE, db, caller, id, 'case.close', 'write', async (ctx) => {
    requireOpenCase(ctx.row, body.closedOn);
    await repo.closeCase(ctx.trx, id, body.closedOn, body.outcome);
    return toCase((await repo.visibleCases(ctx.trx, caller, { id }))[0]!);
  });
}

/** The person's cases and case manager as the caller may see them. */
export async function personCases(db: Db, caller: Caller, personId: string): Promise<PersonCases> {
  requirePermission(caller, 'care-chain:read');
  const person = await requireVisiblePerson(db, caller, personId, 'case-manager.list');
  return db.transaction().execute(async (trx) => {
    const cases = await repo.visibleCases(trx, caller, { personId });
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'case-manager.list',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
      },
    ]);
    return {
      personId,
      caseManager: await managerOf(trx, caller, personId),
      cases: cases.map(toCase),
    };
  });
}

/** "My persons" (F7): those the caller is case manager of; each shown is a logged read. */
export async function myPersons(db: Db, caller: Caller): Promise<MyPersons> {
  requirePermission(caller, 'care-chain:read');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.myCaseManagedPersons(trx, caller);
    const items = [];
    for (const r of rows) {
      const open = (await repo.visibleCases(trx, caller, { personId: r.person_id })).find(
        (c) => c.closed_on === null,
      );
      const hidden = r.protected_identity && !caller.mayViewProtectedIdentity;
      items.push({
        personId: r.person_id,
        personalIdentityNumber: r.personal_identity_number,
        givenName: hidden ? null : r.given_name,
        familyName: hidden ? null : r.family_name,
        protectedIdentity: r.protected_identity,
        kind: r.kind,
        assignedOn: r.assigned_on,
        openCase: open ? toCase(open) : null,
      });
    }
    await appendAccessLog(
      trx,
      caller,
      rows.map((r) => ({
        personId: r.person_id,
        action: 'case-manager.list' as const,
        ground: 'care-relation' as const,
        outcome: 'allowed' as const,
      })),
    );
    return { items };
  });
}

/** The unit's cases opened, reopened and closed in a period: figures, no person data. */
export async function caseStats(
  db: Db,
  caller: Caller,
  query: { from: string; to: string },
): Promise<CaseStats> {
  requirePermission(caller, 'care-chain:read');
  return { ...query, ...(await repo.caseCounts(db, caller.unitId!, query.from, query.to)) };
}
