import type { FollowUp } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import { todayInStockholm } from '../../util/time.ts';
import { governanceActor, type GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import { countDeviations } from '../deviations/use-cases/count-deviations.ts';
import { mayManage, requireMayManage, requireMayReadFollowUp } from './agreements.policy.ts';
import { toFollowUp } from './follow-ups.presenter.ts';
import { partyIdsOf } from './repositories/agreement.repository.ts';
import * as followUps from './repositories/follow-up.repository.ts';

/**
 * The seam for competence coverage (F16) under Kvalitet: set by the competence module when it
 * is registered, so this module does not depend on it.
 */
export type CoverageSource = (
  db: Db,
  partyIds: string[],
  year: number,
) => Promise<FollowUp['competence']>;
let coverageSource: CoverageSource = async () => [];
export function setCoverageSource(source: CoverageSource): void {
  coverageSource = source;
}

/** The follow-up as the caller sees it, with the year's deviations between the parties. */
export async function loadFollowUp(
  db: Db,
  actor: GovernanceActor,
  f: followUps.FollowUpRecord,
  partyIds: string[],
): Promise<FollowUp> {
  const [statements, actions, deviations, competence] = await Promise.all([
    followUps.listStatements(db, f.id),
    followUps.listActions(db, f.id),
    countDeviations(db, { from: `${f.year}-01-01`, to: `${f.year}-12-31` }, partyIds),
    coverageSource(db, partyIds, f.year),
  ]);
  return toFollowUp(f, statements, actions, {
    deviations,
    competence,
    mayEdit: mayManage(actor, partyIds),
    today: todayInStockholm(),
  });
}

export interface FollowUpContext {
  trx: Db;
  actor: GovernanceActor;
  followUp: followUps.FollowUpRecord;
  partyIds: string[];
}

/** Reads (mode read) or locks and changes (mode write) a follow-up the caller may. */
export async function withFollowUp<T = FollowUp>(
  db: Db,
  caller: Caller,
  id: string,
  mode: 'read' | 'write',
  work?: (ctx: FollowUpContext) => Promise<T | void>,
): Promise<T | FollowUp> {
  const actor = await governanceActor(db, caller);
  return db.transaction().execute(async (trx) => {
    if (mode === 'write') await followUps.lockFollowUp(trx, id);
    const followUp = await followUps.findFollowUp(trx, id);
    if (!followUp) throw notFound();
    const partyIds = await partyIdsOf(trx, followUp.agreement_id);
    if (mode === 'write') requireMayManage(actor, partyIds);
    else requireMayReadFollowUp(actor, partyIds);
    const result = work ? await work({ trx, actor, followUp, partyIds }) : undefined;
    if (result !== undefined) return result;
    return loadFollowUp(trx, actor, followUp, partyIds);
  });
}
