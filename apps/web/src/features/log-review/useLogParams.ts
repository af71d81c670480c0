import { useSearchParams } from 'react-router-dom';
import type { AccessGround } from '@vardflata/contracts';
import type { LogFilter, LogRequest } from './queries';

export const PAGE_SIZE = 50;
export const DEFAULT_SAMPLE = 20;

const FILTER_KEYS = [
  'personId',
  'userId',
  'unitId',
  'ground',
  'outcome',
  'from',
  'to',
  'includeOwnReviews',
] as const;

/** The log review's filter, page and sample live in the address, so back and reload keep them. */
export function useLogParams() {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) || undefined;

  const filter: LogFilter = {
    personId: get('personId'),
    userId: get('userId'),
    unitId: get('unitId'),
    ground: get('ground') as AccessGround | undefined,
    outcome: get('outcome') as 'allowed' | 'denied' | undefined,
    from: get('from'),
    to: get('to'),
    includeOwnReviews: get('includeOwnReviews') === 'true' ? 'true' : undefined,
  };
  const page = Math.max(1, Number(get('page') ?? 1) || 1);
  const sampleParam = Number(get('sample'));
  const sample = Number.isInteger(sampleParam) && sampleParam > 0 ? sampleParam : undefined;

  const request: LogRequest = {
    ...filter,
    sample,
    draw: get('draw'),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };

  const write = (next: LogFilter, extra: Record<string, string> = {}) => {
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = next[key];
      if (value) search.set(key, value);
    }
    for (const [key, value] of Object.entries(extra)) search.set(key, value);
    setParams(search);
  };

  return {
    filter,
    page,
    sample,
    request,
    applyFilter: (next: LogFilter) => write(next),
    setPage: (n: number) => write(filter, n > 1 ? { page: String(n) } : {}),
    drawSample: (size: number) => write(filter, { sample: String(size), draw: String(Date.now()) }),
    clearSample: () => write(filter),
  };
}
