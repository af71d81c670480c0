import type { Me } from '@vardflata/contracts';
import type { Caller } from '../access/caller.ts';

export function toMe(caller: Caller): Me {
  return {
    id: caller.staffId,
    username: caller.username,
    name: caller.name,
    roles: [caller.role],
    unit: caller.unitId ? { id: caller.unitId, name: caller.unitName ?? '' } : null,
    organisation:
      caller.organisationId && caller.organisationKind
        ? {
            id: caller.organisationId,
            name: caller.organisationName ?? '',
            kind: caller.organisationKind,
          }
        : null,
    mayViewProtectedIdentity: caller.mayViewProtectedIdentity,
    secondFactorEnabled: caller.secondFactorEnabled,
  };
}
