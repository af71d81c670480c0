import type { TFunction } from 'i18next';
import type { Person } from '@vardflata/contracts';

/** The name as the caller may see it; a protected identity without authorisation has none. */
export function personName(t: TFunction, person: Pick<Person, 'givenName' | 'familyName'>): string {
  if (person.givenName === null && person.familyName === null) return t('person.protectedIdentity');
  // identity: a person registered with a reserve number may have given no name (0019-b).
  return [person.givenName, person.familyName].filter(Boolean).join(' ') || t('person.nameUnknown');
}

export const nameIsHidden = (person: Pick<Person, 'givenName' | 'familyName'>) =>
  person.givenName === null && person.familyName === null;
