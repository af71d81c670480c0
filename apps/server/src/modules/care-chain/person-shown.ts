import type { Caller } from '../../access/caller.ts';

/** The columns of the person a care-chain record joins in. */
export interface PersonColumns {
  person_id: string;
  personal_identity_number: string;
  given_name: string;
  family_name: string;
  protected_identity: boolean;
}

/**
 * The person of a care-chain record as the caller may see them: the number always (the record
 * is about them), no name under protected identity unless the caller is authorised.
 */
export function personShown(caller: Caller, row: PersonColumns) {
  const hidden = row.protected_identity && !caller.mayViewProtectedIdentity;
  return {
    id: row.person_id,
    personalIdentityNumber: row.personal_identity_number,
    givenName: hidden ? null : row.given_name,
    familyName: hidden ? null : row.family_name,
    protectedIdentity: row.protected_identity,
  };
}
