import { z } from 'zod';
import { uuid } from './common.ts';

export const sex = z.enum(['female', 'male', 'unknown']);
export type Sex = z.infer<typeof sex>;

/**
 * On what ground a unit registers a person and opens the care relation (decision 0013):
 * `new-application` ansökan (the person's own application or request for care — the default),
 * `report` anmälan (e.g. a report of concern), `referral` remiss, `own-initiative` eget initiativ.
 */
export const registrationGround = z.enum([
  'new-application',
  'report',
  'referral',
  'own-initiative',
]);
export type RegistrationGround = z.infer<typeof registrationGround>;
export const DEFAULT_REGISTRATION_GROUND: RegistrationGround = 'new-application';

export const careRelation = z.object({
  id: uuid,
  unitId: uuid,
  unitName: z.string(),
  organisationId: uuid,
  organisationName: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  /** null for relations opened before grounds were recorded. */
  registrationGround: registrationGround.nullable(),
});
export type CareRelation = z.infer<typeof careRelation>;

export const person = z.object({
  id: uuid,
  personalIdentityNumber: z.string(),
  // identity: `reservnummer` is issued by Vårdfläta (0019-b); its dateOfBirth is an estimate.
  identityNumberKind: z.enum(['personnummer', 'samordningsnummer', 'reservnummer']),
  dateOfBirth: z.string(),
  /** null when the identity is protected and the caller is not authorised to see it. */
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  sex,
  protectedIdentity: z.boolean(),
  testData: z.boolean(),
  /** How the caller may see the person: care-relation or emergency. */
  ground: z.enum(['care-relation', 'emergency']),
  careRelations: z.array(careRelation),
});
export type Person = z.infer<typeof person>;

export const registerPersonBody = z.object({
  personalIdentityNumber: z.string().max(20),
  givenName: z.string().trim().min(1, 'required').max(200),
  familyName: z.string().trim().min(1, 'required').max(200),
  sex,
  protectedIdentity: z.boolean().optional(),
  /** Optional; api.md's body without it stays valid and means `new-application`. */
  ground: registrationGround.optional(),
});
export type RegisterPersonBody = z.infer<typeof registerPersonBody>;

/**
 * The answer to `POST /api/persons` (security fault 3): the same for a new number and for one
 * already known anywhere — the id, that the person is registered at the caller's unit, and the
 * ground. Never the stored name, sex or flags; open the person to see what the caller may see.
 */
export const registeredPerson = z.object({
  id: uuid,
  registered: z.literal(true),
  ground: registrationGround,
});
export type RegisteredPerson = z.infer<typeof registeredPerson>;

export const searchQuery = z.object({ q: z.string().trim().max(200).default('') });
export type SearchQuery = z.infer<typeof searchQuery>;

export const closeCareRelationBody = z.object({
  reason: z.string().trim().min(1, 'required').max(2000),
});
export type CloseCareRelationBody = z.infer<typeof closeCareRelationBody>;

export const emergencyAccessBody = z.object({
  personalIdentityNumber: z.string().max(20),
  reason: z.string().trim().min(10, 'state the reason in at least 10 characters').max(2000),
});
export type EmergencyAccessBody = z.infer<typeof emergencyAccessBody>;

export const emergencyAccess = z.object({
  id: uuid,
  personId: uuid,
  staffId: uuid,
  staffName: z.string(),
  unitId: uuid.nullable(),
  reason: z.string(),
  startedAt: z.string(),
  expiresAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewedBy: uuid.nullable(),
  reviewNote: z.string().nullable(),
  /**
   * Why the caller reviews it (decision 0013), null when she does not: `accessing` — a manager
   * of the unit (or organisation) whose staff opened it; `owning` — of the organisation holding
   * the records. `basis`: the unit's manager, the organisation level, or the designated reviewer.
   */
  reviewAs: z
    .object({
      side: z.enum(['accessing', 'owning']),
      basis: z.enum(['unit-manager', 'organisation', 'designated']),
    })
    .nullable(),
});

export type EmergencyAccess = z.infer<typeof emergencyAccess>;

export const reviewBody = z.object({ note: z.string().trim().max(2000).optional() });
export type ReviewBody = z.infer<typeof reviewBody>;
