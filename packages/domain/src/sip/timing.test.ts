import { describe, expect, it } from 'vitest';
import { TODAY, completePlan, sipIn } from './test-fixtures.ts';
import { followUpTiming, proposalToFirstMeeting } from './timing.ts';

describe('proposalToFirstMeeting', () => {
  it('counts the days from the proposal to the first meeting', () => {
    // Proposed 2026-02-01; across the end of February.
    const sip = sipIn('active', { firstMeetingOn: '2026-03-02' });
    expect(proposalToFirstMeeting(sip, TODAY)).toEqual({ met: true, days: 29, waitingDays: null });
  });

  it('is zero for a meeting the same day', () => {
    const sip = sipIn('meeting-held', { firstMeetingOn: '2026-02-01' });
    expect(proposalToFirstMeeting(sip, TODAY)).toEqual({ met: true, days: 0, waitingDays: null });
  });

  it('has no figure before a meeting is held, only the wait so far', () => {
    expect(proposalToFirstMeeting(sipIn('invited'), TODAY)).toEqual({
      met: false,
      days: null,
      waitingDays: 37,
    });
  });

  it('stops the clock when the SIP ended without a meeting', () => {
    const sip = sipIn('refused', { ending: { kind: 'refused', on: '2026-02-11', reason: 'Nej' } });
    expect(proposalToFirstMeeting(sip, TODAY)).toEqual({ met: false, days: null, waitingDays: 10 });
  });
});

describe('followUpTiming', () => {
  const at = (next: string | null) =>
    sipIn('active', { plan: { ...completePlan(), nextFollowUpOn: next } });

  it('is scheduled when the date is far off', () => {
    expect(followUpTiming(at('2026-06-01'), TODAY)).toEqual({
      state: 'scheduled',
      nextFollowUpOn: '2026-06-01',
      daysUntil: 83,
    });
  });

  it('is due within the window and on the day itself', () => {
    expect(followUpTiming(at('2026-03-24'), TODAY).state).toBe('due');
    expect(followUpTiming(at('2026-03-25'), TODAY).state).toBe('scheduled');
    expect(followUpTiming(at(TODAY), TODAY)).toEqual({
      state: 'due',
      nextFollowUpOn: TODAY,
      daysUntil: 0,
    });
  });

  it('is overdue once the date has passed', () => {
    expect(followUpTiming(at('2026-03-09'), TODAY)).toEqual({
      state: 'overdue',
      nextFollowUpOn: '2026-03-09',
      daysUntil: -1,
    });
  });

  it('takes another window', () => {
    expect(followUpTiming(at('2026-03-24'), TODAY, { dueWithinDays: 7 }).state).toBe('scheduled');
  });

  it('does not apply to plans that are not active, or frozen, or without a date', () => {
    expect(followUpTiming(sipIn('meeting-held'), TODAY).state).toBe('not-applicable');
    expect(followUpTiming(sipIn('active', { frozen: true }), TODAY).state).toBe('not-applicable');
    expect(followUpTiming(at(null), TODAY)).toEqual({
      state: 'not-applicable',
      nextFollowUpOn: null,
      daysUntil: null,
    });
  });
});
