const stockholmDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Sweden, YYYY-MM-DD: due dates and validity are Swedish calendar dates. */
export function todayInStockholm(now = new Date()): string {
  return stockholmDate.format(now);
}

export function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export const toIsoOrNull = (value: Date | string | null) => (value === null ? null : toIso(value));
