import type { SipOwnView } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { findStaffByIds } from '../../staff/staff.repository.ts';
import { loadDetail, namesInPlans, withSip } from '../sip.context.ts';
import { renderInvitationLetter, renderOwnViewPdf, renderPlanPdf } from '../sip.pdf.ts';
import { relativesMayTakePart } from '../sip.policy.ts';
import { personName } from '../sip.presenter.ts';
import { SipProblem } from '../sip.problems.ts';
import { ownView } from '../sip.text.ts';
import { listMeetings } from '../repositories/sip-meeting.repository.ts';

/** What the SIP gives on paper: the plan, the person's own view, the invitation letter. */

export function planPdf(
  db: Db,
  caller: Caller,
  sipId: string,
  audience: 'participants' | 'person',
): Promise<Buffer> {
  const action = audience === 'person' ? 'sip.own-view-pdf' : 'sip.plan-pdf';
  return withSip(db, caller, sipId, action, 'read', async ({ trx, row, today }) => {
    const detail = await loadDetail(trx, caller, row, today);
    const names = await namesInPlans(trx, detail.plan);
    if (audience === 'person') return renderOwnViewPdf(ownView(detail, names), today);
    return renderPlanPdf(detail, names, { by: caller.name, on: today });
  });
}

export function getOwnView(db: Db, caller: Caller, sipId: string): Promise<SipOwnView> {
  return withSip(db, caller, sipId, 'sip.own-view', 'read', async ({ trx, row, today }) => {
    const detail = await loadDetail(trx, caller, row, today);
    const names = await namesInPlans(trx, detail.plan);
    return { sipId, ...ownView(detail, names), generatedOn: today };
  });
}

/** The invitation letter to the person for the meeting now scheduled (409 without one). */
export function invitationLetter(db: Db, caller: Caller, sipId: string): Promise<Buffer> {
  return withSip(db, caller, sipId, 'sip.invitation-letter', 'read', async (ctx) => {
    const { trx, row, today } = ctx;
    const meeting = (await listMeetings(trx, sipId)).filter((m) => m.status === 'scheduled').at(-1);
    if (!meeting || !meeting.starts_at) {
      throw new SipProblem(409, 'No meeting is scheduled; send an invitation first.', 'no-meeting');
    }
    const detail = await loadDetail(trx, caller, row, today);
    const participants = detail.participants
      .filter((p) => p.kind !== 'person' && p.mayTakePart && p.invitation !== 'declined')
      .map((p) => {
        const where =
          p.kind === 'staff' ? [p.unitName, p.organisationName].filter(Boolean).join(', ') : '';
        return `${p.name}${p.role ? ` (${p.role})` : ''}${where ? `, ${where}` : ''}`;
      });
    const contactStaff = detail.coordinator ?? detail.proposal.recordedBy;
    const [contact] = await findStaffByIds(trx, [contactStaff.staffId]);
    return renderInvitationLetter({
      personName: personName(caller, row),
      startsAt: meeting.starts_at,
      durationMinutes: meeting.duration_minutes,
      place: meeting.place,
      videoLink: meeting.video_link,
      message: meeting.message,
      participants,
      relativesWelcome: relativesMayTakePart(row),
      contact: {
        name: contactStaff.name,
        unit: contact?.unit_name ?? row.unit_name,
        organisation: contact?.organisation_name ?? row.organisation_name,
      },
      printedOn: today,
    });
  });
}
