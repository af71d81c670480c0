import type { SipFollowUpBody } from '@vardflata/contracts';
import { badRequest } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { apply, sipCommand } from '../sip.context.ts';
import { insertEvent } from '../repositories/sip-event.repository.ts';
import { insertFollowUp } from '../repositories/sip-follow-up.repository.ts';
import { listMeetings, markMeetingHeld } from '../repositories/sip-meeting.repository.ts';
import { insertVersion } from '../repositories/sip-plan-version.repository.ts';
import { updateSip } from '../repositories/sip.repository.ts';
import { saveEnding } from './ending.shared.ts';

/**
 * A follow-up meeting (F3): every goal and intervention of the current version evaluated, the
 * next date set (it becomes the plan's, as a new version), or the SIP closed in the same step.
 */
export const recordFollowUp = sipCommand('sip.follow-up', async (ctx, body: SipFollowUpBody) => {
  const { trx, caller, row } = ctx;
  const sipId = row.id;
  if (body.decision === 'close' && !body.closeOutcome) {
    throw badRequest([{ path: 'closeOutcome', message: 'required when the decision is close' }]);
  }
  const evaluation = {
    heldOn: body.heldOn,
    planVersion: body.planVersion,
    goals: body.goals,
    interventions: body.interventions,
    decision: body.decision,
    nextFollowUpOn: body.nextFollowUpOn ?? null,
  };
  let next = apply(ctx, { type: 'record-follow-up', evaluation });
  const followUpId = await insertFollowUp(trx, caller, {
    sip_id: sipId,
    held_on: body.heldOn,
    plan_version: body.planVersion,
    goals: body.goals,
    interventions: body.interventions,
    decision: body.decision,
    next_follow_up_on: body.decision === 'close' ? null : (body.nextFollowUpOn ?? null),
    note: body.note ?? null,
  });
  const firstMeeting =
    next.firstMeetingOn !== row.first_meeting_on ? { first_meeting_on: next.firstMeetingOn } : {};
  if (next.planVersion !== row.plan_version) {
    await updateSip(trx, sipId, {
      plan: next.plan,
      plan_version: next.planVersion,
      ...firstMeeting,
    });
    await insertVersion(trx, caller, {
      sip_id: sipId,
      version: next.planVersion,
      plan: next.plan,
      change_kind: 'follow-up',
      based_on: row.plan_version,
    });
  } else {
    await updateSip(trx, sipId, firstMeeting);
  }
  // The meeting booked for the follow-up, on its day or before, is the one that was held.
  const scheduled = (await listMeetings(trx, sipId)).find(
    (m) => m.status === 'scheduled' && m.starts_at && todayInStockholm(m.starts_at) <= body.heldOn,
  );
  if (scheduled) {
    await markMeetingHeld(trx, scheduled.id, {
      heldOn: body.heldOn,
      notes: body.note ?? null,
      attended: null,
    });
  }
  await insertEvent(trx, caller, sipId, 'follow-up', {
    followUpId,
    heldOn: body.heldOn,
    decision: body.decision,
  });
  if (body.decision === 'close') {
    const close = {
      type: 'close' as const,
      outcome: body.closeOutcome!,
      note: body.closeNote ?? null,
      on: body.heldOn,
    };
    next = apply(ctx, close, { sip: next, onField: 'heldOn' });
    await saveEnding(ctx, next);
  }
});
