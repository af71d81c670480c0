import type { z } from 'zod';
import type { notification } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { AccessGround } from '@vardflata/contracts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import * as repo from './notifications.repository.ts';

type Notification = z.infer<typeof notification>;
type Row = Awaited<ReturnType<typeof repo.listForCaller>>[number];

function toNotification(caller: Caller, r: Row): Notification {
  const visible = r.ground !== null && r.sip_person_id !== null;
  const hidden = r.protected_identity === true && !caller.mayViewProtectedIdentity;
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    sipId: r.sip_id,
    person: visible
      ? {
          id: r.sip_person_id!,
          personalIdentityNumber: r.personal_identity_number!,
          givenName: hidden ? null : r.given_name,
          familyName: hidden ? null : r.family_name,
          protectedIdentity: r.protected_identity!,
        }
      : null,
    dueOn: r.due_on,
    createdAt: toIso(r.created_at),
    readAt: toIsoOrNull(r.read_at),
  };
}

/** Any signed-in user reads their own notifications; the persons shown are logged. */
export async function listNotifications(
  db: Db,
  caller: Caller,
  filter: { unread?: boolean | undefined; limit: number },
) {
  return db.transaction().execute(async (trx) => {
    const rows = await repo.listForCaller(trx, caller, {
      limit: filter.limit,
      ...(filter.unread !== undefined ? { unread: filter.unread } : {}),
    });
    const items = rows.map((r) => toNotification(caller, r));
    const shown = new Map<string, { ground: AccessGround; sipId: string }>();
    for (const r of rows) {
      if (r.ground !== null && r.sip_person_id && r.sip_id) {
        shown.set(r.sip_person_id, { ground: r.ground as AccessGround, sipId: r.sip_id });
      }
    }
    await appendAccessLog(
      trx,
      caller,
      [...shown].map(([personId, s]) => ({
        personId,
        action: 'notification.list',
        ground: s.ground,
        outcome: 'allowed' as const,
        detail: { sipId: s.sipId },
      })),
    );
    return { items, unreadCount: await repo.countUnread(trx, caller.staffId) };
  });
}

export async function readNotification(db: Db, caller: Caller, id: string) {
  const ok = await repo.markRead(db, caller.staffId, id);
  if (!ok) throw notFound();
  const [row] = await repo.listForCaller(db, caller, { limit: 1, id });
  if (!row) throw notFound();
  return toNotification(caller, row);
}
