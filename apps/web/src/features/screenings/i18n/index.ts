import { featureTranslations } from '../../../lib/featureI18n';
import en from './en.json';
import sv from './sv.json';

/**
 * The screening feature's own strings, as the i18next namespace 'screenings' (Swedish first,
 * English second). Instrument texts (items, options, zones, criteria) are not here: they are
 * data in @vardflata/domain and shown in the current language with `text()`.
 */
export const NS = 'screenings';

export type Lang = 'sv' | 'en';

/** `t` in 'screenings', then the shared strings; `text` picks the language of a domain text. */
export const useScreeningsT = featureTranslations(NS, sv, en);
