import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  IntegratedReception,
  Organisation,
  OrganisationKind,
  Role,
  StaffMember,
} from '@vardflata/contracts';
import { api } from '../../api';
import { organisationsKey } from '../../lib/organisations';
import type { Items } from '../../lib/types';

export const staffKey = ['staff'] as const;

export function useStaff() {
  return useQuery({
    queryKey: staffKey,
    queryFn: () => api.get<Items<StaffMember>>('/api/staff'),
    select: (data) => [...data.items].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    staleTime: 0,
  });
}

function useInvalidating<TInput, TResult>(
  key: readonly unknown[],
  fn: (input: TInput) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useCreateOrganisation = () =>
  useInvalidating(organisationsKey, (input: { name: string; kind: OrganisationKind }) =>
    api.post<Organisation>('/api/organisations', input),
  );

export const useRenameOrganisation = () =>
  useInvalidating(organisationsKey, ({ id, name }: { id: string; name: string }) =>
    api.patch<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, { name }),
  );

export const useCreateUnit = () =>
  useInvalidating(
    organisationsKey,
    ({ organisationId, name }: { organisationId: string; name: string }) =>
      api.post<{ id: string; name: string }>(
        `/api/organisations/${encodeURIComponent(organisationId)}/units`,
        { name },
      ),
  );

export const useRenameUnit = () =>
  useInvalidating(organisationsKey, ({ id, name }: { id: string; name: string }) =>
    api.patch<{ id: string; name: string }>(`/api/units/${encodeURIComponent(id)}`, { name }),
  );

export interface CreateStaffInput {
  username: string;
  name: string;
  role: Role;
  unitId?: string | null;
  organisationId?: string | null;
  password: string;
  mayViewProtectedIdentity?: boolean;
}

export const useCreateStaff = () =>
  useInvalidating(staffKey, (input: CreateStaffInput) =>
    api.post<StaffMember>('/api/staff', input),
  );

export interface UpdateStaffInput {
  name?: string;
  role?: Role;
  unitId?: string | null;
  organisationId?: string | null;
  disabled?: boolean;
  mayViewProtectedIdentity?: boolean;
}

export const useUpdateStaff = () =>
  useInvalidating(staffKey, ({ id, ...input }: UpdateStaffInput & { id: string }) =>
    api.patch<StaffMember>(`/api/staff/${encodeURIComponent(id)}`, input),
  );

// auth: a reset password is a proposal the account list shows (decision 0012).
export const useSetPassword = () =>
  useInvalidating(staffKey, ({ id, password }: { id: string; password: string }) =>
    api.post<void>(`/api/staff/${encodeURIComponent(id)}/password`, { password }),
  );

export const useResetSecondFactor = () =>
  useInvalidating(staffKey, ({ id }: { id: string }) =>
    api.post<void>(`/api/staff/${encodeURIComponent(id)}/reset-second-factor`),
  );

// auth: the two-person rule's approval and the lifting of a sign-in lock (decision 0012).
export const useApproveProposal = () =>
  useInvalidating(staffKey, ({ id }: { id: string }) =>
    api.post<StaffMember>(`/api/staff/${encodeURIComponent(id)}/approve`),
  );

export const useUnlockSignIn = () =>
  useInvalidating(staffKey, ({ id }: { id: string }) =>
    api.post<void>(`/api/staff/${encodeURIComponent(id)}/unlock`),
  );

// lead: integrated receptions (seed 003)
const receptionsKey = ['integrated-receptions'] as const;

export function useIntegratedReceptions() {
  return useQuery({
    queryKey: receptionsKey,
    queryFn: () => api.get<Items<IntegratedReception>>('/api/integrated-receptions'),
    select: (data) => data.items,
  });
}

/** Creates a reception, or (with an id) renames it and sets its units. */
export const useSaveIntegratedReception = (id?: string) =>
  useInvalidating(receptionsKey, (input: { name: string; unitIds: string[] }) =>
    id
      ? api.put<IntegratedReception>(`/api/integrated-receptions/${encodeURIComponent(id)}`, input)
      : api.post<IntegratedReception>('/api/integrated-receptions', input),
  );
