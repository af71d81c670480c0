import type { LocalizedText } from '../instruments/types.ts';

/**
 * Contacts (besök och kontakter, decision 0020-c): a visit, call, video meeting, home visit or
 * group session between a unit and the person, booked and then held, cancelled or missed. The
 * follow-up's "visits and contacts" (F9, seed 003) counts the held ones.
 */
export const CONTACT_KINDS = ['visit', 'phone', 'video', 'home-visit', 'group-session'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Booked (not happened yet, or not reported), held, cancelled, or no-show (uteblev). */
export const CONTACT_STATUSES = ['booked', 'held', 'cancelled', 'no-show'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** A short note only: the contact is not the journal entry. */
export const CONTACT_NOTE_MAX = 300;

/** Statuses that say the contact's day has come: they cannot lie in the future. */
export const CONTACT_STATUSES_ON_THE_DAY: readonly ContactStatus[] = ['held', 'no-show'];

/**
 * The statuses a contact may be changed to from `from`. A booked one becomes held, no-show or
 * cancelled; held and no-show may be corrected into each other or cancelled (recorded by
 * mistake); a cancelled contact stays cancelled (book a new one). Never back to booked once its
 * outcome is in.
 */
export function contactStatusesAfter(from: ContactStatus): readonly ContactStatus[] {
  if (from === 'booked') return CONTACT_STATUSES;
  if (from === 'cancelled') return ['cancelled'];
  return ['held', 'no-show', 'cancelled'];
}

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

export const CONTACT_LABELS = {
  kind: {
    visit: t('Besök på mottagningen', 'Visit in person'),
    phone: t('Telefonsamtal', 'Phone call'),
    video: t('Videosamtal', 'Video call'),
    'home-visit': t('Hembesök', 'Home visit'),
    'group-session': t('Gruppträff', 'Group session'),
  } satisfies Record<ContactKind, LocalizedText>,
  status: {
    booked: t('Bokad', 'Booked'),
    held: t('Genomförd', 'Held'),
    cancelled: t('Inställd', 'Cancelled'),
    'no-show': t('Uteblev', 'No-show'),
  } satisfies Record<ContactStatus, LocalizedText>,
};
