import type { CollaborationBody } from '@vardflata/contracts';
import { DEVIATION_CATEGORY_LABELS } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import { listRaisedToBody } from '../deviations/repositories/deviation.repository.ts';
import { listDisputesRaisedToBody } from '../disputes/repositories/dispute.repository.ts';
import { mayManageBody, requireMayManageBody } from './bodies.policy.ts';
import * as meetings from './repositories/meeting.repository.ts';
import { governanceActor, type GovernanceActor } from './steering-group.ts';

type AgendaEntry = CollaborationBody['waiting'][number];

/** Raised deviations and disputes not yet dealt with at a held meeting. */
async function waitingItems(db: Db, bodyId: string, dealt: Set<string>): Promise<AgendaEntry[]> {
  const [deviations, disputes] = await Promise.all([
    listRaisedToBody(db, bodyId),
    listDisputesRaisedToBody(db, bodyId),
  ]);
  return [
    ...disputes
      .filter((d) => !dealt.has(d.id))
      .map((d) => ({
        id: null,
        title: `Tvist: ${d.title}`,
        kind: 'dispute' as const,
        refId: d.id,
      })),
    ...deviations
      .filter((d) => !dealt.has(d.id))
      .map((d) => ({
        id: null,
        title: `Avvikelse (${DEVIATION_CATEGORY_LABELS[d.category].sv}): ${d.description}`.slice(
          0,
          300,
        ),
        kind: 'deviation' as const,
        refId: d.id,
      })),
  ];
}

export async function loadBodies(
  db: Db,
  actor: GovernanceActor,
  id?: string,
): Promise<CollaborationBody[]> {
  const bodies = await meetings.listBodies(db, id);
  const ids = bodies.map((b) => b.id);
  const [members, meetingRows] = await Promise.all([
    meetings.listMembers(db, ids),
    meetings.listMeetings(db, ids),
  ]);
  const { agenda, decisions } = await meetings.listAgendaAndDecisions(
    db,
    meetingRows.map((m) => m.id),
  );
  const out: CollaborationBody[] = [];
  for (const b of bodies) {
    const own = meetingRows.filter((m) => m.body_id === b.id);
    const dealt = new Set(
      agenda
        .filter((a) => own.some((m) => m.id === a.meeting_id && m.status === 'held'))
        .flatMap((a) => [a.deviation_id, a.dispute_id].filter((x): x is string => x !== null)),
    );
    const waiting = await waitingItems(db, b.id, dealt);
    const next = own.find((m) => m.status === 'planned');
    const bodyMembers = members.filter((m) => m.body_id === b.id);
    out.push({
      id: b.id,
      name: b.name,
      kind: b.kind,
      description: b.description,
      members: bodyMembers.map((m) => ({
        id: m.id,
        name: m.name,
        organisation: m.organisation_name,
        represents: m.represents,
        hasAccount: m.staff_id !== null,
      })),
      meetings: own.map((m) => ({
        id: m.id,
        heldOn: m.held_on,
        place: m.place,
        status: m.status,
        agenda: [
          ...agenda
            .filter((a) => a.meeting_id === m.id)
            .map((a) => ({
              id: a.id,
              title: a.title,
              kind: a.dispute_id
                ? ('dispute' as const)
                : a.deviation_id
                  ? ('deviation' as const)
                  : ('item' as const),
              refId: a.dispute_id ?? a.deviation_id,
            })),
          // The next meeting's agenda carries what has been raised to the body since.
          ...(m.id === next?.id ? waiting : []),
        ],
        minutes: m.minutes,
        decisions: decisions.filter((d) => d.meeting_id === m.id).map((d) => d.text),
      })),
      waiting,
      mayManage: mayManageBody(
        actor,
        bodyMembers.flatMap((m) => (m.staff_id ? [m.staff_id] : [])),
      ),
    });
  }
  return out;
}

/** Locks the body, checks the caller runs it, acts, answers the body as it now is. */
export async function manageBody(
  db: Db,
  caller: Caller,
  id: string,
  work: (trx: Db, body: CollaborationBody) => Promise<void>,
): Promise<CollaborationBody> {
  const actor = await governanceActor(db, caller);
  return db.transaction().execute(async (trx) => {
    await meetings.lockBody(trx, id);
    const [body] = await loadBodies(trx, actor, id);
    if (!body) throw notFound();
    const staff = (await meetings.listMembers(trx, [id])).flatMap((m) =>
      m.staff_id ? [m.staff_id] : [],
    );
    requireMayManageBody(actor, staff);
    await work(trx, body);
    return (await loadBodies(trx, actor, id))[0]!;
  });
}
