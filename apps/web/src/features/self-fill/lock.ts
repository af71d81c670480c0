import { useEffect, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { SelfFillHandback, SelfFillState } from '@vardflata/contracts';
import { api } from '../../api';

/**
 * Whether this tab's session is locked for self-fill. Kept outside the query cache on purpose:
 * a 401 from a request still in flight clears the cache, and the lock must not vanish with it.
 */
let current: SelfFillState | null = null;
const listeners = new Set<() => void>();

export function setSelfFillLock(state: SelfFillState | null): void {
  current = state?.active ? state : null;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * The lock, if any. After a reload a locked session reports "sign-in not complete" (its state is
 * not active), so in those states the server is asked whether it is locked for self-fill.
 */
export function useSelfFillLock(sessionStatus: string): {
  checking: boolean;
  lock: SelfFillState | null;
} {
  const lock = useSyncExternalStore(subscribe, () => current);
  const ask = sessionStatus === 'second-factor' || sessionStatus === 'enrolment';
  const query = useQuery({
    queryKey: ['self-fill', 'state'],
    queryFn: () => api.get<SelfFillState>('/api/self-fill'),
    enabled: ask && lock === null,
    staleTime: 0,
    retry: false,
  });
  useEffect(() => {
    if (query.data?.active) setSelfFillLock(query.data);
  }, [query.data]);
  return { checking: ask && lock === null && query.isPending, lock };
}

/** What the person answered, handed to the form that opened the self-fill once unlocked. */
let handback: SelfFillHandback | null = null;

export function setHandback(value: SelfFillHandback): void {
  handback = value;
}

/** The handback for this person and instrument, if it waits. */
export function peekHandback(personId: string, instrument: string): SelfFillHandback | null {
  if (!handback || handback.personId !== personId || handback.instrument !== instrument) {
    return null;
  }
  return handback;
}

/** Once the form that received it is gone, a later form starts empty. */
export function clearHandback(): void {
  handback = null;
}
