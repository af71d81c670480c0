const stockholmDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// The last minute formatted: Stockholm's offsets are whole hours, so the date cannot change
// within a UTC minute, and the access policy asks for it on every request (Intl is not cheap).
let lastMinute = NaN;
let lastDate = '';

/** Today's date in Sweden, YYYY-MM-DD: due dates and validity are Swedish calendar dates. */
export function todayInStockholm(now = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDate = stockholmDate.format(now);
    lastMinute = minute;
  }
  return lastDate;
}

export function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export const toIsoOrNull = (value: Date | string | null) => (value === null ? null : toIso(value));
