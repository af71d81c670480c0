import { findStaffByIds } from '../../staff/staff.repository.ts';
import { loadDetail, sipQuery } from '../sip.context.ts';
import { renderInvitationLetter } from '../sip.pdf.ts';
import { relativesMayTakePart } from '../sip.policy.ts';
import { personName } from '../sip.presenter.ts';
import { SipProblem } from '../sip.problems.ts';
import { listMeetings } from '../repositories/sip-meeting.repository.ts';

/** The invitation letter to the person for the meeting now scheduled (409 without one). */
export const invitationLetter = sipQuery('sip.invitation-letter', async (ctx): Promise<Buffer> => {
  const { trx, caller, row, today } = ctx;
  const meeting = (await listMeetings(trx, row.id)).filter((m) => m.status === 'scheduled').at(-1);
  if (!meeting || !meeting.starts_at) {
    throw new SipProblem(409, 'No meeting is scheduled; send an invitation first.', 'no-meeting');
  }
  const detail = await loadDetail(ctx);
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
