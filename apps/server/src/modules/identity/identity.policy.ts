import { badRequest, conflict } from '../../http/problem.ts';

/**
 * Reserve identities and merging them (decision 0019-b).
 *
 * Who registers: whoever may register a person (`person:register`, the care roles); the
 * reserve person gets a care relation at the caller's unit like any registration.
 *
 * Who merges: a care-role member (`person:register`) whose own unit has an OPEN care relation
 * with BOTH the reserve identity and the real person. Both relations are needed because the
 * merge moves every record of one onto the other: only a unit that works with both may say
 * they are the same human. An emergency access or a consent is not enough. A person the
 * caller may not see on those terms answers 404 (and the refusal is logged), as everywhere.
 *
 * What may be merged: a reserve identity (`reservnummer`) not already merged, into a real
 * person (personnummer or samordningsnummer) — not into another reserve identity, and not
 * into itself. A merge is final; an error is corrected by staff, not by an "unmerge".
 */
export interface IdentityFacts {
  id: string;
  identity_number_kind: 'personnummer' | 'samordningsnummer' | 'reservnummer';
  merged_into_person_id: string | null;
  own_unit_open_relation: boolean;
}

/** The person may take part in a merge only if the caller's unit works with them now. */
export const unitWorksWith = (person: IdentityFacts | undefined): person is IdentityFacts =>
  person !== undefined && person.own_unit_open_relation;

export function requireMergeable(reserve: IdentityFacts, real: IdentityFacts): void {
  if (reserve.id === real.id) {
    throw badRequest([{ path: 'intoPersonId', message: 'cannot merge a person into itself' }]);
  }
  if (reserve.identity_number_kind !== 'reservnummer') {
    throw conflict('Only a reserve identity can be merged into another person.');
  }
  if (reserve.merged_into_person_id !== null) {
    throw conflict('The reserve identity is already merged.');
  }
  if (real.identity_number_kind === 'reservnummer') {
    throw badRequest([
      {
        path: 'intoPersonId',
        message: 'merge into a person with a personnummer or samordningsnummer',
      },
    ]);
  }
}

/**
 * Every table with a person_id, and what a merge does with it. `move` re-points the rows at
 * the real person. A test (merge-tables.test.ts) lists the database's columns named person_id
 * and its foreign keys to person, and fails if a table is missing here: a new table must say
 * what a merge does with it.
 *
 * Conflicts, resolved the same way every time (decision 0019-b):
 * - care_relation: an open relation at the same unit on both → the reserve's is closed (reason
 *   given), then moved as history; the real person's open one is kept.
 * - care_case: an open case at the same unit on both → the reserve's is closed as `transferred`
 *   on the day of the merge, then moved; the real person's open case continues.
 * - case_manager: an active assignment in the same organisation on both → the reserve's ends on
 *   the day of the merge, then moved; the real person's stands.
 * - retention_hold (one per person): both held → the reserve's reason is appended to the real
 *   person's hold and the reserve's row removed; only reserve held → the row moves.
 * - access_log stays: it is append-only and hash-chained (0002, 0017-c), so its rows keep the
 *   reserve id; the tombstone keeps that id meaningful, and the merge itself is logged on both.
 */
export const MERGE_TABLES = [
  'care_relation',
  'consent',
  'emergency_access',
  'screening',
  'assessment',
  'sip',
  'notification',
  'self_fill',
  'dispute',
  'withdrawal_request',
  'placement',
  'care_handover',
  'disclosure',
  'lob_intake',
  'retention_hold',
  'intervention',
  'referral',
  'circle_member',
  'children_question',
  'case_manager',
  'care_case',
  // An LVM/LVU process follows the person; two processes of the same person simply both remain.
  'coercive_care_process',
  // Visits and contacts (0020-c) follow the person; nothing in them can conflict.
  'contact',
] as const;
export type MergeTable = (typeof MERGE_TABLES)[number];

/** Tables that keep the reserve id on purpose, with the reason. */
export const MERGE_KEEPS: Record<string, string> = {
  access_log: 'append-only, hash-chained log: rows are never rewritten',
  person_merge: 'the record of the merge itself names both persons',
  person: 'the tombstone: merged_into_person_id points at the real person',
};
