import { addDays, DISPUTE_LEVELS, type DisputeLevel } from '@vardflata/domain';
import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import {
  firstBodyOfKind,
  memberStaffIds,
} from '../collaboration-bodies/repositories/collaboration-body.repository.ts';
import { notifyEach } from '../notifications/notifications.repository.ts';
import { activeManagersOfOrganisations } from '../staff/staff.repository.ts';
import * as disputes from './repositories/dispute.repository.ts';

/**
 * The ladder's steps and their owners (seed 001): the raiser's line organisation first, then
 * the unit managers of both parties (the nearest management level), then the local
 * collaboration group (LokalKOLA), last the county group (SocialKOLA) — each body's members
 * with an account own the step. Each step is due `days` after it starts.
 */
export const levelOf = (level: number) => DISPUTE_LEVELS[level - 1]!;

async function ownersOf(
  trx: Db,
  row: Pick<
    disputes.DisputeRow,
    | 'raised_by'
    | 'raised_by_name'
    | 'raised_by_organisation_id'
    | 'raised_by_organisation_name'
    | 'other_organisation_id'
    | 'other_organisation_name'
  >,
  level: DisputeLevel,
): Promise<{ name: string; bodyId: string | null; staffIds: string[] }> {
  const parties = [row.raised_by_organisation_id, row.other_organisation_id].filter(
    (o): o is string => o !== null,
  );
  if (level === 1) {
    const where = row.raised_by_organisation_name ? `, ${row.raised_by_organisation_name}` : '';
    return { name: `${row.raised_by_name}${where}`, bodyId: null, staffIds: [row.raised_by] };
  }
  const managers = await activeManagersOfOrganisations(trx, parties);
  if (level === 2) {
    const names = [row.raised_by_organisation_name, row.other_organisation_name].filter(Boolean);
    return {
      name: `Ledningen för ${names.join(' och ')}`,
      bodyId: null,
      staffIds: managers.length > 0 ? managers : [row.raised_by],
    };
  }
  const kind = level === 3 ? 'local-group' : 'county-steering-group';
  const body = await firstBodyOfKind(trx, kind);
  const members = body ? await memberStaffIds(trx, { bodyId: body.id }) : [];
  return {
    name: body?.name ?? levelOf(level).sv,
    bodyId: body?.id ?? null,
    staffIds: members.length > 0 ? members : managers,
  };
}

/** Starts the step at `level` (the dispute's new level), owners told on their worklists. */
export async function startStep(
  trx: Db,
  row: disputes.DisputeRow,
  level: DisputeLevel,
  now: Date,
): Promise<void> {
  const owners = await ownersOf(trx, row, level);
  const dueOn = addDays(todayInStockholm(now), levelOf(level).days);
  await disputes.insertStep(trx, {
    disputeId: row.id,
    level,
    ownerName: owners.name,
    ownerBodyId: owners.bodyId,
    ownerStaffIds: owners.staffIds,
    startedAt: now,
    dueOn,
  });
  await notifyEach(trx, owners.staffIds, {
    kind: 'dispute.step',
    title: level === 1 ? 'Ny tvist att lösa' : 'Tvist lyft till er nivå',
    body: `${row.title} – ${levelOf(level).sv}, senast ${dueOn}.`,
    sipId: null,
    personId: null,
    dueOn,
    dedupeKey: `dispute.step:${row.id}:${level}`,
  });
}

/** One step up: the current step ends (by a person, or overdue by the job), the next starts. */
export async function climb(
  trx: Db,
  row: disputes.DisputeRow,
  how: 'escalated' | 'escalated-overdue',
  by: string | null,
  now: Date,
): Promise<DisputeLevel> {
  const next = (row.level + 1) as DisputeLevel;
  await disputes.endCurrentStep(trx, row.id, { how, by, at: now });
  await startStep(trx, { ...row, level: next }, next, now);
  return next;
}
