import type { HandOverItem } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { appendAccessLog, type AccessLogEntry } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import { findVisiblePerson } from '../persons/persons.repository.ts';
import { listWaitingHandovers } from '../placements/repositories/care-handover.repository.ts';
import { listUnconfirmedMedicationChanges } from '../placements/repositories/placement.repository.ts';
import { waitingWorklistItems } from '../withdrawal/use-cases/waiting-worklist-items.ts';
import { personShown } from '../care-chain/person-shown.ts';
import { listUnacknowledged } from '../disclosures/disclosures.repository.ts';
import { listOpenAtUnit, listToReceive } from '../lob/lob.repository.ts';
import { awaitingOutcomeWorklistItems } from '../contacts/use-cases/awaiting-outcome-worklist-items.ts';

const DAY = 86_400_000;

/** A hand-over waiting on the caller's unit, with the access-log rows showing it takes. */
export interface WaitingHandOver {
  item: HandOverItem;
  log: AccessLogEntry[];
}

/**
 * care: the care chains' hand-overs that wait on the caller's unit — for the addiction centre,
 * every waiting withdrawal-bed request in admission order (seed 004); for a LARO unit's
 * physicians, medication changes during HVB placements to confirm (seed 000); for a unit that
 * was handed treatment responsibility, the hand-over to accept; for the unit that had a booked
 * contact whose day has passed, the outcome to record (0020-c). Logged by handOverItems.
 */
export async function handOverItems(trx: Db, caller: Caller, now: Date): Promise<HandOverItem[]> {
  const waiting = await collectHandOvers(trx, caller, now);
  await appendAccessLog(
    trx,
    caller,
    waiting.flatMap((w) => w.log),
  );
  return waiting.map((w) => w.item);
}

/**
 * The hand-overs of handOverItems, each with its log rows, not logged: the caller logs those it
 * serves (the worklist all of them, a FHIR Task read or search only its own).
 */
export async function collectHandOvers(
  trx: Db,
  caller: Caller,
  now: Date,
): Promise<WaitingHandOver[]> {
  const waiting = await waitingWorklistItems(trx, caller, now);
  const items: WaitingHandOver[] = waiting.map(({ request: r, log }) => ({
    item: {
      kind: 'withdrawal-request-waiting' as const,
      recordId: r.id,
      personId: r.personId,
      person: r.person,
      dueOn: todayInStockholm(new Date(r.requestedAt)),
      days: r.daysWaited === null ? null : -r.daysWaited,
      text:
        `Begäran om abstinensplats från ${r.requestingUnitName} väntar` +
        (r.urgency === null ? ' på medicinsk bedömning.' : ' på inskrivning.') +
        (r.prioritised ? ' Prioriteras: socialtjänsten, medicinskt motiverad, del av SIP.' : ''),
    },
    log,
  }));
  if (!caller.unitId) return items;

  const personOf = async (personId: string) => {
    const p = await findVisiblePerson(trx, caller, personId);
    if (!p) return null;
    return {
      person: personShown(caller, { ...p, person_id: p.id }),
      ground: p.ground ?? ('none' as const),
    };
  };
  const since = (at: Date) => -Math.floor((now.getTime() - new Date(at).getTime()) / DAY);

  const waitingAt = (
    personId: string,
    log: Omit<AccessLogEntry, 'personId' | 'outcome'>,
    item: Omit<HandOverItem, 'personId'>,
  ) =>
    items.push({
      item: { ...item, personId },
      log: [{ ...log, personId, outcome: 'allowed' as const }],
    });

  if (caller.role === 'physician') {
    for (const c of await listUnconfirmedMedicationChanges(trx, caller.unitId)) {
      const seen = await personOf(c.person_id);
      if (!seen) continue;
      waitingAt(
        c.person_id,
        {
          action: 'placement.worklist',
          ground: seen.ground,
          detail: { placementId: c.placement_id, eventId: c.id },
        },
        {
          kind: 'medication-change-to-confirm',
          recordId: c.placement_id,
          person: seen.person,
          dueOn: todayInStockholm(new Date(c.at)),
          days: since(c.at),
          text: `Läkemedelsändring under placering på ${c.provider_unit_name} väntar på LARO-läkarens bekräftelse.`,
        },
      );
    }
  }
  for (const h of await listWaitingHandovers(trx, caller.unitId)) {
    const seen = await personOf(h.person_id);
    if (!seen) continue;
    waitingAt(
      h.person_id,
      { action: 'handover.worklist', ground: seen.ground, detail: { handoverId: h.id } },
      {
        kind: 'handover-to-accept',
        recordId: h.id,
        person: seen.person,
        dueOn: todayInStockholm(new Date(h.handed_over_at)),
        days: since(h.handed_over_at),
        text: `${h.from_unit_name} har lämnat över behandlingsansvaret för läkemedelsberoende. Bekräfta att ni tar emot det.`,
      },
    );
  }
  // LOB intakes sobering at the caller's unit, and those handed over to it to take in hand.
  const lob = [
    ...(await listOpenAtUnit(trx, caller.unitId)).map((l) => ({ l, open: true })),
    ...(await listToReceive(trx, caller.unitId)).map((l) => ({ l, open: false })),
  ];
  for (const { l, open } of lob) {
    const seen = await personOf(l.person_id);
    if (!seen) continue;
    const at = open ? l.brought_in_at : l.handed_over_at!;
    waitingAt(
      l.person_id,
      { action: 'lob-intake.worklist', ground: seen.ground, detail: { intakeId: l.id } },
      {
        kind: open ? 'lob-intake-open' : 'lob-handover-to-receive',
        recordId: l.id,
        person: seen.person,
        dueOn: todayInStockholm(new Date(at)),
        days: since(at),
        text: open
          ? 'Tillnyktring enligt LOB pågår: lämna över till abstinensvård, socialtjänsten eller hem.'
          : `${l.unit_name} har lämnat över efter tillnyktring enligt LOB. Ta emot överlämningen.`,
      },
    );
  }
  // Disclosures on a legal ground received by the caller's organisation, to be taken in hand.
  if (caller.organisationId && caller.role !== 'unit-manager') {
    for (const d of await listUnacknowledged(trx, caller.organisationId)) {
      waitingAt(
        d.person_id,
        { action: 'disclosure.read', ground: 'legal-ground', detail: { disclosureId: d.id } },
        {
          kind: 'disclosure-to-acknowledge',
          recordId: d.id,
          person: personShown(caller, d),
          dueOn: todayInStockholm(new Date(d.disclosed_at)),
          days: since(d.disclosed_at),
          text:
            d.ground === 'child-at-risk-report'
              ? `Orosanmälan från ${d.disclosed_unit_name} att ta emot.`
              : `Uppgifter till skydd för ett väntat barn från ${d.disclosed_unit_name} att ta emot.`,
        },
      );
    }
  }
  // contacts: the unit's booked contacts whose day has passed, to record the outcome of (0020-c).
  items.push(...(await awaitingOutcomeWorklistItems(trx, caller, now)));
  return items;
}
