import { randomUUID } from 'node:crypto';
import { emptyPlan, proposeSip } from '@vardflata/domain';
import type { ProposeSipBody, SipDetail } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import type { StoredProposalSource } from '../../../db/schema.ts';
import { badRequest } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { findStaffByIds } from '../../staff/staff.repository.ts';
import { loadDetail } from '../sip.context.ts';
import { insertEvent } from '../repositories/sip-event.repository.ts';
import { insertVersion } from '../repositories/sip-plan-version.repository.ts';
import { findVisibleSip, insertSip } from '../repositories/sip.repository.ts';

/** Who proposed the SIP: a staff member of a unit of either principal (the caller unless named),
 * or recorded from the person, a guardian or the school. */
async function resolveSource(
  db: Db,
  caller: Caller,
  source: ProposeSipBody['source'],
): Promise<StoredProposalSource> {
  const s = source ?? { kind: 'staff' as const };
  if (s.kind === 'person') return { kind: 'person', name: null };
  if (s.kind === 'guardian' || s.kind === 'school') return { kind: s.kind, name: s.name ?? null };
  const [staff] = await findStaffByIds(db, [s.staffId ?? caller.staffId]);
  const path = s.staffId ? 'source.staffId' : 'source';
  if (!staff || staff.disabled_at !== null) {
    throw badRequest([{ path, message: 'no such staff member' }]);
  }
  if (!staff.unit_id || !staff.organisation_id || staff.organisation_kind === 'private-provider') {
    throw badRequest([
      {
        path,
        message:
          'a staff proposal comes from a unit of the region or a municipality; record a private ' +
          "provider's proposal as the principal's",
      },
    ]);
  }
  return {
    kind: 'staff',
    principal: staff.organisation_kind as 'region' | 'municipality',
    organisationId: staff.organisation_id,
    unitId: staff.unit_id,
    staffId: staff.id,
    name: staff.name,
  };
}

/** Proposes a SIP for a person the caller sees; the caller's unit owns it. */
export async function propose(
  db: Db,
  caller: Caller,
  personId: string,
  body: ProposeSipBody,
): Promise<SipDetail> {
  requirePermission(caller, 'sip:write');
  const person = await requireVisiblePerson(db, caller, personId, 'sip.propose');
  const today = todayInStockholm();
  const source = await resolveSource(db, caller, body.source);
  const id = randomUUID();
  const proposed = proposeSip(
    {
      id,
      personId,
      proposal: {
        on: body.proposedOn ?? today,
        source,
        recordedBy: { staffId: caller.staffId, name: caller.name },
        note: body.note ?? null,
      },
    },
    today,
  );
  if (!proposed.ok) {
    throw badRequest(
      proposed.errors.map((e) => ({
        path: e.path === 'proposal.on' ? 'proposedOn' : e.path.replace(/^proposal\./, ''),
        message: e.message,
      })),
    );
  }
  return db.transaction().execute(async (trx) => {
    await insertSip(trx, {
      id,
      person_id: personId,
      organisation_id: caller.organisationId!,
      unit_id: caller.unitId!,
      proposed_on: proposed.sip.proposal.on,
      proposal_source: source,
      proposal_note: body.note ?? null,
      recorded_by: caller.staffId,
      plan: emptyPlan(),
    });
    await insertVersion(trx, caller, {
      sip_id: id,
      version: 1,
      plan: emptyPlan(),
      change_kind: 'proposed',
      based_on: null,
    });
    await insertEvent(trx, caller, id, 'proposed', { source: source.kind });
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'sip.propose',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { sipId: id },
      },
    ]);
    const row = await findVisibleSip(trx, caller, id);
    return loadDetail({ trx, caller, row: row!, today });
  });
}
