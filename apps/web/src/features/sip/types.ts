import type { z } from 'zod';
import type {
  SipDetail,
  SipSummary,
  sipDiff,
  sipFollowUp,
  sipHistoryItem,
  sipMeeting,
  sipOwnView,
  sipParticipant,
  sipParticipantInput,
  sipPlanChange,
  sipStaleVersionProblem,
  sipVersionSummary,
} from '@vardflata/contracts';
import type { SipPlan } from '@vardflata/domain';

// Response shapes of the SIP routes (F3). Type-only imports: nothing of zod reaches the
// browser bundle. The plan is the domain's SipPlan, the shape the rules in @vardflata/domain read.

export type { SipDetail, SipSummary, SipPlan };
export type SipStatus = SipDetail['status'];
export type SipAction = SipDetail['allowedEvents'][number];
export type MissingCode = SipDetail['missing'][number];
export type SipParticipant = z.infer<typeof sipParticipant>;
export type SipParticipantInput = z.infer<typeof sipParticipantInput>;
export type SipMeeting = z.infer<typeof sipMeeting>;
export type SipFollowUp = z.infer<typeof sipFollowUp>;
export type SipVersionSummary = z.infer<typeof sipVersionSummary>;
export type SipDiff = z.infer<typeof sipDiff>;
export type SipPlanChange = z.infer<typeof sipPlanChange>;
export type SipHistoryItem = z.infer<typeof sipHistoryItem>;
export type SipOwnView = z.infer<typeof sipOwnView>;
export type StaleVersionProblem = z.infer<typeof sipStaleVersionProblem>;
export type MergeConflict = StaleVersionProblem['merge']['conflicts'][number];

export type ProposalSourceKind = 'staff' | 'person' | 'guardian' | 'school';

/** The plan of a SIP as the domain rules read it (the contract's plan is the domain's). */
export const planOf = (sip: Pick<SipDetail, 'plan'>): SipPlan => sip.plan;
