import { z } from 'zod';
import { CASE_MANAGER_KINDS, CASE_OUTCOMES } from '@vardflata/domain';
import { int32, isoDate, uuid } from './common.ts';

/** Case manager and cases (F7, F8). */

export const assignCaseManagerBody = z
  .object({
    kind: z.enum(CASE_MANAGER_KINDS),
    /** A staff member of the caller's organisation, for a case manager. */
    staffId: uuid.nullish(),
    /** The team's name, for an ACT team. */
    teamName: z.string().trim().min(1).max(200).nullish(),
    assignedOn: isoDate,
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'case-manager' && !b.staffId)
      ctx.addIssue({ code: 'custom', path: ['staffId'], message: 'required for a case manager' });
    if (b.kind === 'act-team' && !b.teamName)
      ctx.addIssue({ code: 'custom', path: ['teamName'], message: 'required for an ACT team' });
  });
export type AssignCaseManagerBody = z.infer<typeof assignCaseManagerBody>;

export const openCaseBody = z.object({ openedOn: isoDate });
export type OpenCaseBody = z.infer<typeof openCaseBody>;

export const closeCaseBody = z.object({ closedOn: isoDate, outcome: z.enum(CASE_OUTCOMES) });
export type CloseCaseBody = z.infer<typeof closeCaseBody>;

export const caseManager = z.object({
  id: uuid,
  kind: z.enum(CASE_MANAGER_KINDS),
  staffId: uuid.nullable(),
  name: z.string(),
  unitName: z.string(),
  assignedOn: z.string(),
});
export type CaseManager = z.infer<typeof caseManager>;

export const careCase = z.object({
  id: uuid,
  personId: uuid,
  unitId: uuid,
  unitName: z.string(),
  openedOn: z.string(),
  /** Återaktualiserad: the person had a closed case at the unit before. */
  reopened: z.boolean(),
  closedOn: z.string().nullable(),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
});
export type CareCase = z.infer<typeof careCase>;

export const personCases = z.object({
  personId: uuid,
  caseManager: caseManager.nullable(),
  cases: z.array(careCase),
});
export type PersonCases = z.infer<typeof personCases>;

export const myPersons = z.object({
  items: z.array(
    z.object({
      personId: uuid,
      personalIdentityNumber: z.string(),
      givenName: z.string().nullable(),
      familyName: z.string().nullable(),
      protectedIdentity: z.boolean(),
      kind: z.enum(CASE_MANAGER_KINDS),
      assignedOn: z.string(),
      openCase: careCase.nullable(),
    }),
  ),
});
export type MyPersons = z.infer<typeof myPersons>;

export const caseStatsQuery = z.object({ from: isoDate, to: isoDate });
export const caseStats = z.object({
  from: z.string(),
  to: z.string(),
  opened: int32,
  reopened: int32,
  closed: int32,
});
export type CaseStats = z.infer<typeof caseStats>;
