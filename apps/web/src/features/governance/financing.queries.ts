import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateCostKeyBody,
  CreateJointOperationBody,
  CreatePeriodBody,
  JointOperation,
  Populations,
  SetPopulationsBody,
  Settlement,
  SettlementPeriod,
} from '@vardflata/contracts';
import { api } from '../../api';
import type { Items } from '../../lib/types';

const J = '/api/joint-financing';

export const useJointOperations = () =>
  useQuery({
    queryKey: ['joint-financing', 'operations'],
    queryFn: () => api.get<Items<JointOperation>>(`${J}/operations`),
  });
export const usePopulations = (year: number) =>
  useQuery({
    queryKey: ['joint-financing', 'populations', year],
    queryFn: () => api.get<Populations>(`${J}/populations?year=${year}`),
  });
export const usePeriods = () =>
  useQuery({
    queryKey: ['joint-financing', 'periods'],
    queryFn: () => api.get<Items<SettlementPeriod>>(`${J}/periods`),
  });
export const useSettlement = (periodId: string | undefined) =>
  useQuery({
    queryKey: ['joint-financing', 'settlement', periodId],
    queryFn: () => api.get<Settlement>(`${J}/periods/${periodId}/settlement`),
    enabled: !!periodId,
  });

/** Every joint-financing change refreshes every joint-financing view (they share the sums). */
function useWrite<B, R>(send: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: ['joint-financing'] }),
  });
}
export const useCreateOperation = () =>
  useWrite((body: CreateJointOperationBody) => api.post<JointOperation>(`${J}/operations`, body));
export const useCreateKey = (operationId: string) =>
  useWrite((body: CreateCostKeyBody) =>
    api.post<JointOperation>(`${J}/operations/${operationId}/keys`, body),
  );
export const useSetPopulations = () =>
  useWrite((body: SetPopulationsBody) => api.put<Populations>(`${J}/populations`, body));
export const useCreatePeriod = () =>
  useWrite((body: CreatePeriodBody) => api.post<SettlementPeriod>(`${J}/periods`, body));
export const useSetCost = (operationId: string) =>
  useWrite((body: { periodId: string; amountOre: number }) =>
    api.put<void>(`${J}/operations/${operationId}/cost`, body),
  );
export const useSetDailyRate = (placementId: string) =>
  useWrite((body: { dailyRateOre: number }) =>
    api.put<void>(`${J}/placements/${placementId}/daily-rate`, body),
  );
export const useSettle = (periodId: string) =>
  useWrite(() => api.post<Settlement>(`${J}/periods/${periodId}/settle`, {}));

export const settlementFile = (periodId: string, kind: 'pdf' | 'xlsx', lang: 'sv' | 'en') =>
  `${J}/periods/${periodId}/settlement.${kind}?lang=${lang}`;
