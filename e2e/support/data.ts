import { luhnCheckDigit } from '@vardflata/domain';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const random = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

/**
 * A valid, invented personnummer (YYYYMMDD-NNNN) that is very unlikely to exist already: random,
 * because journeys may run against a server that keeps its data between runs (E2E_BASE_URL),
 * but never a demo person's (their serials are 900–999).
 */
export function randomPersonnummer(): string {
  const year = random(1950, 1999);
  const month = random(1, 12);
  const day = random(1, 28);
  const serial = pad(random(100, 899), 3);
  const yymmdd = `${String(year).slice(2)}${pad(month)}${pad(day)}`;
  return `${year}${pad(month)}${pad(day)}-${serial}${luhnCheckDigit(yymmdd + serial)}`;
}

/** The same number with its last digit changed, so the check digit no longer matches. */
export function withWrongCheckDigit(number: string): string {
  const last = Number(number.slice(-1));
  return `${number.slice(0, -1)}${(last + 1) % 10}`;
}

export const uniqueSuffix = () => `${Date.now().toString(36)}${random(10, 99)}`;

/** Today in Sweden, YYYY-MM-DD. */
export const todayInStockholm = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/** The calendar day after `date` (YYYY-MM-DD). */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
