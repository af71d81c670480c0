/** Öre as kronor the Swedish way, "12 345,00 kr" (English: "SEK 12,345.00"). */
export function formatKronor(ore: number, lang: 'sv' | 'en'): string {
  const text = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(ore / 100);
  return lang === 'sv' ? `${text} kr` : `SEK ${text}`;
}

/** Kronor typed by a person ("12 345,50", "12345.5") as whole öre, or null when not an amount. */
export function parseKronor(text: string): number | null {
  const clean = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/kr$/i, '')
    .replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  const [whole, cents = ''] = clean.split('.');
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
}

/** A percent with at most two decimals, or null. */
export function parsePercent(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(clean)) return null;
  const value = Number(clean);
  return value <= 100 ? value : null;
}

/** Sum of percents in hundredths (exact, no float drift). */
export const percentSum = (values: number[]) =>
  values.reduce((s, v) => s + Math.round(v * 100), 0) / 100;
