import { randomBytes } from 'node:crypto';
import { type SurveyKind } from '@vardflata/domain';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { insertSurveyInvitation } from '../repositories/survey.repository.ts';
import { INVITATION_DAYS } from '../surveys.policy.ts';
import { hash } from './token.shared.ts';

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A one-time link for the client, made by the staff member of the unit that gave the help. */
export async function inviteToSurvey(db: Db, caller: Caller, kind: SurveyKind, now = new Date()) {
  if (!caller.unitId || !caller.organisationId) throw forbidden();
  const token = randomBytes(24).toString('base64url');
  const expiresOn = addDays(todayInStockholm(now), INVITATION_DAYS);
  await insertSurveyInvitation(db, {
    tokenHash: hash(token),
    kind,
    unitId: caller.unitId,
    organisationId: caller.organisationId,
    expiresOn,
  });
  return { token, path: `/survey/${token}`, kind, expiresOn };
}
