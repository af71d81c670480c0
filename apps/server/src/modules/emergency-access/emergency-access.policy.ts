import type { Caller } from '../../access/caller.ts';
import { isHealthCareKind } from '../../access/policy.ts';

/**
 * Every decision about emergency access (nödåtkomst), decision 0013.
 *
 * WHO may open it. Nödåtkomst is a health-care concept (PDL 4 kap 4 §, security.md): staff who
 * give care, at a health-care organisation, when the patient cannot consent. So:
 * - physicians and nurses of a health-care organisation (a region) may open it;
 * - social workers and everyone at social services (municipality, HVB) may not — social services
 *   have no emergency access (403);
 * - coordinators may not: the role exists on both sides and coordinates rather than treats, and
 *   a coordinator reaches another principal's records through the person's consent (SIP);
 * - unit managers may not: they review emergency access, and must not review their own.
 *
 * WHAT it opens: the person (only one whom a health-care organisation holds) and records written
 * by health-care organisations, never social services' records — in SQL, access/policy.ts.
 */
export const EMERGENCY_ROLES = ['physician', 'nurse'] as const;

export function mayOpenEmergencyAccess(caller: Caller): boolean {
  return (
    (EMERGENCY_ROLES as readonly string[]).includes(caller.role) &&
    isHealthCareKind(caller.organisationKind)
  );
}

/**
 * THE REASON must be a real sentence a reviewer can judge, not "xxxxxxxxxx" or "akut akut".
 * After trimming it needs (the contract already asks for 10 to 2 000 characters):
 * - at least 3 words (runs of at least 2 letters),
 * - at least 2 different words of at least 4 letters, and
 * - at least 6 different letters.
 * So "xxxxxxxxxx", "akut akut akut" and "ab cd ef gh" are refused; "Medvetslös på akuten, behöver
 * läkemedelslistan." passes.
 * Returns the message for 400 naming `reason`, or null when the reason is acceptable.
 */
export const REASON_RULE =
  'state the reason as a sentence: at least 3 words, 2 different words of 4 letters or more, and 6 different letters';

export function reasonProblem(reason: string): string | null {
  const words = reason.toLocaleLowerCase('sv').match(/\p{L}{2,}/gu) ?? [];
  const letters = new Set(reason.toLocaleLowerCase('sv').match(/\p{L}/gu) ?? []);
  const long = new Set(words.filter((w) => w.length >= 4));
  const ok = words.length >= 3 && long.size >= 2 && letters.size >= 6;
  return ok ? null : REASON_RULE;
}

/**
 * WHO reviews it. The owner of the records reviews, not only the accessing side. Two sides:
 * - accessing: the organisation of the staff member who opened it, at her unit;
 * - owning: each health-care organisation that holds the person (a care relation, open or
 *   closed), at the units that hold the relation.
 * For each organisation on either side, in order, the first that names anyone:
 * 1. the unit managers of the units concerned (basis `unit-manager`);
 * 2. else every unit manager of the organisation — the organisation-level reviewer
 *    (basis `organisation`);
 * 3. else the reviewer an administrator designated for the organisation (basis `designated`).
 * An organisation that still names nobody is reviewed by the other side's reviewers; when no one
 * at all can review, the access is refused (422, `missing: ["reviewer"]`) rather than opened
 * without review: never nobody.
 */
export type ReviewBasis = 'unit-manager' | 'organisation' | 'designated';

export interface OrganisationCandidates {
  organisationId: string;
  side: 'accessing' | 'owning';
  unitManagers: string[];
  organisationManagers: string[];
  designated: string | null;
}

export interface Reviewer {
  staffId: string;
  organisationId: string;
  basis: ReviewBasis;
  side: 'accessing' | 'owning';
}

export function reviewersOf(candidates: OrganisationCandidates[]): Reviewer[] {
  return candidates.flatMap((c): Reviewer[] => {
    const as = (basis: ReviewBasis) => (staffId: string) => ({
      organisationId: c.organisationId,
      side: c.side,
      staffId,
      basis,
    });
    if (c.unitManagers.length > 0) return c.unitManagers.map(as('unit-manager'));
    if (c.organisationManagers.length > 0) return c.organisationManagers.map(as('organisation'));
    return c.designated ? [as('designated')(c.designated)] : [];
  });
}
