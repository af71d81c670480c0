import type { Consent } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { badRequest, conflict, notFound } from '../../http/problem.ts';
import { todayInStockholm } from '../../util/time.ts';
import { requireVisiblePerson } from '../persons/persons.service.ts';
import { existingOrganisationIds } from '../organisations/organisations.repository.ts';
import * as repo from './consents.repository.ts';

export async function recordConsent(
  db: Db,
  caller: Caller,
  personId: string,
  body: Parameters<typeof repo.insertConsent>[3],
): Promise<Consent> {
  requirePermission(caller, 'consent:write');
  const person = await requireVisiblePerson(db, caller, personId, 'consent.create');

  const known = await existingOrganisationIds(db, body.recipientOrganisationIds);
  const errors = body.recipientOrganisationIds.flatMap((id, i) =>
    known.has(id)
      ? []
      : [{ path: `recipientOrganisationIds[${i}]`, message: 'no such organisation' }],
  );
  if (body.validUntil !== undefined && body.validUntil < todayInStockholm()) {
    errors.push({ path: 'validUntil', message: 'must be today or later' });
  }
  if (errors.length > 0) throw badRequest(errors);

  return db.transaction().execute(async (trx) => {
    const id = await repo.insertConsent(trx, caller, personId, body);
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'consent.create',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { consentId: id },
      },
    ]);
    return repo.toConsent((await repo.findVisibleConsent(trx, caller, id))!);
  });
}

export async function listConsents(db: Db, caller: Caller, personId: string): Promise<Consent[]> {
  requirePermission(caller, 'consent:read');
  const person = await requireVisiblePerson(db, caller, personId, 'consent.list');
  return db.transaction().execute(async (trx) => {
    const items = await repo.listVisibleConsents(trx, caller, personId);
    await appendAccessLog(trx, caller, [
      { personId, action: 'consent.list', ground: person.ground ?? 'none', outcome: 'allowed' },
    ]);
    return items;
  });
}

/** Revocation takes effect for the very next request: access checks read consent live. */
export async function revokeConsent(
  db: Db,
  caller: Caller,
  consentId: string,
  reason: string | undefined,
): Promise<Consent> {
  requirePermission(caller, 'consent:write');
  const consent = await repo.findVisibleConsent(db, caller, consentId);
  if (!consent) {
    // The refused attempt is logged against the person the consent is about, if it exists.
    const target = await repo.findConsentPersonId(db, consentId);
    await logDenied(db, caller, {
      personId: target ?? null,
      action: 'consent.revoke',
      ground: 'none',
      detail: { consentId },
    });
    throw notFound();
  }
  const person = await requireVisiblePerson(db, caller, consent.person_id, 'consent.revoke');
  return db.transaction().execute(async (trx) => {
    const revoked = await repo.revokeConsent(trx, caller, consentId, reason ?? null);
    if (!revoked) throw conflict('The consent is already revoked.');
    await appendAccessLog(trx, caller, [
      {
        personId: consent.person_id,
        action: 'consent.revoke',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { consentId },
      },
    ]);
    return repo.toConsent((await repo.findVisibleConsent(trx, caller, consentId))!);
  });
}
