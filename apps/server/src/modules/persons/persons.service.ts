import {
  type AccessAction,
  looksLikeIdentityNumber,
  normalizeReserveNumber,
  parseIdentityNumber,
} from '@vardflata/domain';
import {
  DEFAULT_REGISTRATION_GROUND,
  type CareRelation,
  type Person,
  type RegisteredPerson,
  type RegisterPersonBody,
} from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { badRequest, conflict, notFound } from '../../http/problem.ts';
import { todayInStockholm } from '../../util/time.ts';
import * as repo from './persons.repository.ts';

/** Reads a visible person or logs the refused attempt and answers 404. */
export async function requireVisiblePerson(
  db: Db,
  caller: Caller,
  personId: string,
  action: AccessAction,
): Promise<repo.PersonRow> {
  const row = await repo.findVisiblePerson(db, caller, personId);
  if (!row) {
    await logDenied(db, caller, { personId, action, ground: 'none' });
    throw notFound();
  }
  return row;
}

/**
 * Registers the person at the caller's unit (opens a care relation on the stated ground).
 * Security fault 3: the answer is built from the id and what the caller posted only, and the
 * same statements run for a new number and a known one, so neither the answer nor its timing
 * tells whether the person was known elsewhere (or is protected). The same number gives the
 * same id; what was stored before is kept.
 */
export async function registerPerson(
  db: Db,
  caller: Caller,
  body: RegisterPersonBody,
): Promise<RegisteredPerson> {
  requirePermission(caller, 'person:register');
  const parsed = parseIdentityNumber(body.personalIdentityNumber, todayInStockholm());
  if (!parsed.ok) {
    throw badRequest([{ path: 'personalIdentityNumber', message: parsed.message }]);
  }
  const ground = body.ground ?? DEFAULT_REGISTRATION_GROUND;
  return db.transaction().execute(async (trx) => {
    const id = await repo.registerAtUnit(trx, caller, {
      personalIdentityNumber: parsed.value.normalized,
      identityNumberKind: parsed.value.kind,
      dateOfBirth: parsed.value.dateOfBirth,
      givenName: body.givenName,
      familyName: body.familyName,
      sex: body.sex,
      protectedIdentity: body.protectedIdentity ?? false,
      ground,
    });
    await appendAccessLog(trx, caller, [
      {
        personId: id,
        action: 'person.register',
        ground: 'care-relation',
        outcome: 'allowed',
        detail: { registrationGround: ground },
      },
    ]);
    return { id, registered: true as const, ground };
  });
}

export async function getPerson(db: Db, caller: Caller, personId: string): Promise<Person> {
  requirePermission(caller, 'person:read');
  // One statement reads and logs (the hot path; persons.repository.readVisiblePersonLogged).
  const found = await repo.readVisiblePersonLogged(db, caller, personId);
  if (found) return repo.toPerson(caller, found.person, found.careRelations);
  await logDenied(db, caller, { personId, action: 'person.read', ground: 'none' });
  throw notFound();
}

/** A number (any accepted form, or its leading digits) or the beginnings of names. */
export async function searchPersons(db: Db, caller: Caller, q: string): Promise<Person[]> {
  requirePermission(caller, 'person:read');
  const text = q.trim();
  if (text.length === 0) return [];
  let criteria: { numberPrefix?: string; nameWords?: string[] };
  const reserve = normalizeReserveNumber(text);
  if (reserve) {
    // identity: a reserve number (0019-b) is found whole, however it was typed.
    criteria = { numberPrefix: reserve };
  } else if (looksLikeIdentityNumber(text)) {
    const parsed = parseIdentityNumber(text.replace(/\s/g, ''), todayInStockholm());
    criteria = { numberPrefix: parsed.ok ? parsed.value.normalized : text.replace(/\D/g, '') };
  } else {
    const words = text.split(/\s+/).filter((w) => w.length > 0);
    if (words.some((w) => w.length < 2)) {
      throw badRequest([{ path: 'q', message: 'each name part needs at least 2 letters' }]);
    }
    criteria = { nameWords: words };
  }
  return db.transaction().execute(async (trx) => {
    const rows = await repo.searchVisiblePersons(trx, caller, criteria);
    await appendAccessLog(
      trx,
      caller,
      rows.map((r) => ({
        personId: r.id,
        action: 'person.search',
        ground: r.ground ?? 'none',
        outcome: 'allowed' as const,
      })),
    );
    // Search results carry identity only; relations are read when a person is opened.
    return rows.map((r) => repo.toPerson(caller, r, []));
  });
}

export async function closeCareRelation(
  db: Db,
  caller: Caller,
  personId: string,
  relationId: string,
  reason: string,
): Promise<CareRelation> {
  requirePermission(caller, 'care-relation:close');
  await requireVisiblePerson(db, caller, personId, 'care-relation.close');
  const relation = await repo.findOwnUnitRelation(db, caller, personId, relationId);
  if (!relation) {
    await logDenied(db, caller, { personId, action: 'care-relation.close', ground: 'none' });
    throw notFound();
  }
  if (relation.closed_at !== null) throw conflict('The care relation is already closed.');
  return db.transaction().execute(async (trx) => {
    await repo.closeRelation(trx, caller, relationId, reason);
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'care-relation.close',
        ground: 'care-relation',
        outcome: 'allowed',
        detail: { careRelationId: relationId },
      },
    ]);
    const relations = await repo.visibleCareRelations(trx, caller, personId);
    return relations.find((r) => r.id === relationId)!;
  });
}
