import type { Organisation, OrganisationKind } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { conflict, notFound } from '../../http/problem.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import * as repo from './organisations.repository.ts';
import type { AccessAction } from '@vardflata/domain';

export const logAdministration = (
  trx: Db,
  caller: Caller,
  action: AccessAction,
  detail: Record<string, string>,
) =>
  appendAccessLog(trx, caller, [
    { personId: null, action, ground: 'administration', outcome: 'allowed', detail },
  ]);

export const listOrganisations = (db: Db) => repo.listOrganisations(db);

export async function createOrganisation(
  db: Db,
  caller: Caller,
  body: { name: string; kind: OrganisationKind },
): Promise<Organisation> {
  requirePermission(caller, 'administration');
  return db.transaction().execute(async (trx) => {
    const created = await repo.insertOrganisation(trx, body.name, body.kind);
    await logAdministration(trx, caller, 'organisation.create', { organisationId: created.id });
    return { ...created, units: [] };
  });
}

export async function renameOrganisation(db: Db, caller: Caller, id: string, name: string) {
  requirePermission(caller, 'administration');
  return db.transaction().execute(async (trx) => {
    const updated = await repo.renameOrganisation(trx, id, name);
    if (!updated) throw notFound();
    await logAdministration(trx, caller, 'organisation.update', { organisationId: id });
    return (await repo.listOrganisations(trx)).find((o) => o.id === id)!;
  });
}

export async function createUnit(db: Db, caller: Caller, organisationId: string, name: string) {
  requirePermission(caller, 'administration');
  if (!(await repo.findOrganisation(db, organisationId))) throw notFound();
  try {
    return await db.transaction().execute(async (trx) => {
      const unit = await repo.insertUnit(trx, organisationId, name);
      await logAdministration(trx, caller, 'unit.create', { unitId: unit.id });
      return unit;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('The organisation already has a unit with that name.');
    throw error;
  }
}

export async function renameUnit(db: Db, caller: Caller, id: string, name: string) {
  requirePermission(caller, 'administration');
  try {
    return await db.transaction().execute(async (trx) => {
      const unit = await repo.renameUnit(trx, id, name);
      if (!unit) throw notFound();
      await logAdministration(trx, caller, 'unit.update', { unitId: id });
      return unit;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('The organisation already has a unit with that name.');
    throw error;
  }
}
