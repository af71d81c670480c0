import { formatIdentityNumber, formatReserveNumber, isReserveNumber } from '@vardflata/domain';

/** Every time is shown in Swedish time, whatever the browser's zone; dates as YYYY-MM-DD. */
export const TIME_ZONE = 'Europe/Stockholm';

const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

const dateOnly = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** `2026-11-24 09:03` in Swedish time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** `2026-11-24`: a date stays as it is; a timestamp becomes its Swedish calendar day. */
export function formatDate(value: string): string {
  if (isDateOnly(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateOnly.format(date);
}

/** Today's date in Sweden, YYYY-MM-DD. */
export function todayInStockholm(): string {
  return dateOnly.format(new Date());
}

/** The 12 stored digits as YYYYMMDD-NNNN. */
export function formatPin(normalized: string): string {
  // identity: a reserve number (0019-b) is written 1985-RV-000123.
  if (isReserveNumber(normalized)) return formatReserveNumber(normalized);
  return /^\d{12}$/.test(normalized) ? formatIdentityNumber(normalized) : normalized;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
