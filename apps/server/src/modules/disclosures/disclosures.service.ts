import { DISCLOSURE_LEGAL_REFERENCE, recipientKindAllowed } from '@vardflata/domain';
import type { CreateDisclosureBody, Disclosure } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { badRequest, HttpProblem, notFound } from '../../http/problem.ts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import { requireVisiblePerson } from '../persons/persons.service.ts';
import * as repo from './disclosures.repository.ts';
import { personShown } from '../care-chain/person-shown.ts';

/**
 * Disclosures on a legal ground (F2, seed 001, decision 0014-c): no consent is asked; the act is
 * logged with ground `legal-ground`. The recipient organisation sees the disclosed content and
 * whom it is about — never the person's other records (no care relation is opened).
 */
export function toDisclosure(caller: Caller, row: repo.DisclosureRow): Disclosure {
  return {
    id: row.id,
    personId: row.person_id,
    person: personShown(caller, row),
    ground: row.ground,
    legalReference: row.legal_reference,
    recipientOrganisationId: row.recipient_organisation_id,
    recipientOrganisationName: row.recipient_organisation_name,
    content: row.content,
    disclosedAt: toIso(row.disclosed_at),
    disclosedByName: row.disclosed_by_name,
    disclosedUnitName: row.disclosed_unit_name,
    disclosedOrganisationName: row.disclosed_organisation_name,
    acknowledgedAt: toIsoOrNull(row.acknowledged_at),
  };
}

export async function disclose(
  db: Db,
  caller: Caller,
  personId: string,
  body: CreateDisclosureBody,
): Promise<Disclosure> {
  requirePermission(caller, 'disclosure:write');
  await requireVisiblePerson(db, caller, personId, 'disclosure.create');
  const recipient = await repo.findOrganisationKind(db, body.recipientOrganisationId);
  if (!recipient) {
    throw badRequest([{ path: 'recipientOrganisationId', message: 'no such organisation' }]);
  }
  if (recipient.id === caller.organisationId) {
    throw badRequest([
      { path: 'recipientOrganisationId', message: 'your own organisation needs no disclosure' },
    ]);
  }
  if (!recipientKindAllowed(body.ground, recipient.kind)) {
    throw badRequest([
      {
        path: 'recipientOrganisationId',
        message:
          body.ground === 'child-at-risk-report'
            ? 'a report of concern goes to social services (a municipality)'
            : 'information to protect the unborn child goes to an authority',
      },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertDisclosure(trx, {
      person_id: personId,
      ground: body.ground,
      legal_reference: DISCLOSURE_LEGAL_REFERENCE[body.ground],
      recipient_organisation_id: recipient.id,
      content: body.content,
      disclosed_by: caller.staffId,
      disclosed_unit_id: caller.unitId!,
      disclosed_organisation_id: caller.organisationId!,
    });
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'disclosure.create',
        ground: 'legal-ground',
        outcome: 'allowed',
        detail: { disclosureId: id, ground: body.ground, recipientOrganisationId: recipient.id },
      },
    ]);
    return toDisclosure(caller, (await repo.findDisclosure(trx, id))!);
  });
}

/** What the caller's organisation disclosed about the person. */
export async function listDisclosedAbout(
  db: Db,
  caller: Caller,
  personId: string,
): Promise<Disclosure[]> {
  requirePermission(caller, 'disclosure:read');
  const person = await requireVisiblePerson(db, caller, personId, 'disclosure.list');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.listDisclosedAbout(trx, caller.organisationId!, personId);
    await appendAccessLog(trx, caller, [
      { personId, action: 'disclosure.list', ground: person.ground ?? 'none', outcome: 'allowed' },
    ]);
    return rows.map((r) => toDisclosure(caller, r));
  });
}

/** What the caller's organisation received; each person shown is a read on the legal ground. */
export async function listReceived(db: Db, caller: Caller): Promise<Disclosure[]> {
  requirePermission(caller, 'disclosure:read');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.listReceived(trx, caller.organisationId!);
    await appendAccessLog(
      trx,
      caller,
      rows.map((r) => ({
        personId: r.person_id,
        action: 'disclosure.read' as const,
        ground: 'legal-ground' as const,
        outcome: 'allowed' as const,
        detail: { disclosureId: r.id },
      })),
    );
    return rows.map((r) => toDisclosure(caller, r));
  });
}

/** The recipient acknowledges that it has taken the disclosure in hand. */
export async function acknowledgeDisclosure(
  db: Db,
  caller: Caller,
  id: string,
  now: Date = new Date(),
): Promise<Disclosure> {
  requirePermission(caller, 'disclosure:write');
  const found = await repo.findDisclosure(db, id);
  if (!found || found.recipient_organisation_id !== caller.organisationId) {
    await logDenied(db, caller, {
      personId: found?.person_id ?? null,
      action: 'disclosure.acknowledge',
      ground: 'none',
      detail: { disclosureId: id },
    });
    throw notFound();
  }
  if (found.acknowledged_at) throw new HttpProblem(409, 'The disclosure is already acknowledged.');
  return db.transaction().execute(async (trx) => {
    await repo.acknowledge(trx, id, caller.staffId, now);
    await appendAccessLog(trx, caller, [
      {
        personId: found.person_id,
        action: 'disclosure.acknowledge',
        ground: 'legal-ground',
        outcome: 'allowed',
        detail: { disclosureId: id },
      },
    ]);
    return toDisclosure(caller, (await repo.findDisclosure(trx, id))!);
  });
}
