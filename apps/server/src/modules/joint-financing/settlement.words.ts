import type { Settlement } from '@vardflata/contracts';
import { kronor } from './joint-financing.presenter.ts';

export type Lang = 'sv' | 'en';

/** The files' words, Swedish first. */
export const WORDS = {
  sv: {
    title: 'Avräkning samfinansiering',
    period: 'Period',
    status: { open: 'Öppen (preliminär)', settled: 'Fastställd' },
    settledAt: 'Fastställd',
    totals: 'Att betala per huvudman',
    operations: 'Samfinansierade verksamheter',
    placements: 'Placeringar',
    columns: {
      organisation: 'Huvudman',
      operation: 'Verksamhet',
      key: 'Nyckel (version)',
      total: 'Kostnad (öre)',
      percent: 'Andel (%)',
      ore: 'Belopp (öre)',
      kronor: 'Belopp',
      reference: 'Placering',
      placing: 'Placerande kommun',
      provider: 'Utförare',
      from: 'Från',
      to: 'Till',
      days: 'Dygn',
      rate: 'Dygnskostnad (öre)',
      note: 'Anmärkning',
    },
    problem: {
      'no-cost': 'Ingen kostnad registrerad',
      'no-key': 'Ingen nyckel gäller periodens första dag',
      'no-population': 'Invånarantal saknas för nyckelns år',
    },
    noRate: 'Dygnskostnad saknas – inte kostnadsberäknad',
    sum: 'Summa',
    rule: 'Belopp i hela öre. Delarna avrundas med största-restmetoden så att de summerar exakt till kostnaden. Placeringar anges utan personuppgifter.',
  },
  en: {
    title: 'Joint financing settlement',
    period: 'Period',
    status: { open: 'Open (preliminary)', settled: 'Settled' },
    settledAt: 'Settled',
    totals: 'Owed per principal',
    operations: 'Jointly financed operations',
    placements: 'Placements',
    columns: {
      organisation: 'Principal',
      operation: 'Operation',
      key: 'Key (version)',
      total: 'Cost (öre)',
      percent: 'Share (%)',
      ore: 'Amount (öre)',
      kronor: 'Amount',
      reference: 'Placement',
      placing: 'Placing municipality',
      provider: 'Provider',
      from: 'From',
      to: 'To',
      days: 'Days',
      rate: 'Daily rate (öre)',
      note: 'Note',
    },
    problem: {
      'no-cost': 'No cost recorded',
      'no-key': 'No key in force on the first day of the period',
      'no-population': 'Population figures missing for the key’s year',
    },
    noRate: 'Daily rate missing – not costed',
    sum: 'Total',
    rule: 'Amounts in whole öre. Parts are rounded by the largest-remainder method so they add up exactly to the cost. Placements are given without person data.',
  },
} as const;

export const money = (ore: number, lang: Lang) => kronor(ore, lang);
export const periodText = (s: Settlement) => `${s.period.startsOn} – ${s.period.endsOn}`;
