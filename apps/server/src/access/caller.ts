import type { Role } from '@vardflata/contracts';

/** The signed-in staff member, taken from the session — never from the request body. */
export interface Caller {
  staffId: string;
  username: string;
  name: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  organisationKind: 'region' | 'municipality' | 'private-provider' | null;
  mayViewProtectedIdentity: boolean;
  secondFactorEnabled: boolean;
  sessionId: string;
  csrfToken: string;
}
