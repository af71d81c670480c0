import type { TFunction } from 'i18next';
import type { WithdrawalRequest } from '@vardflata/contracts';

/** The person of a request as the caller may see them, in words (never an id). */
export function requestPerson(t: TFunction, r: WithdrawalRequest): string {
  if (r.person === null) return t('board.hiddenPerson');
  if (r.person.givenName === null && r.person.familyName === null) {
    return t('person.protectedIdentity');
  }
  return [r.person.givenName, r.person.familyName].filter(Boolean).join(' ');
}
