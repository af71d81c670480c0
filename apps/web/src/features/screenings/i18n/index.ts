import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@vardflata/domain';
import i18n from '../../../i18n';
import en from './en.json';
import sv from './sv.json';

/**
 * The screening feature's own strings, as the i18next namespace 'screenings' (Swedish first,
 * English second). Instrument texts (items, options, zones, criteria) are not here: they are
 * data in @vardflata/domain and shown in the current language with `text()`.
 */
export const NS = 'screenings';

i18n.addResourceBundle('sv', NS, sv, true, true);
i18n.addResourceBundle('en', NS, en, true, true);

export type Lang = 'sv' | 'en';

/**
 * `t` looks in 'screenings' first and then in the app's shared strings (common.*, errors.*,
 * fieldErrors.*); `text` picks the current language from a domain text.
 */
export function useScreeningsT() {
  const { t, i18n: instance } = useTranslation([NS, 'translation'], { nsMode: 'fallback' });
  const lang: Lang = instance.resolvedLanguage === 'en' || instance.language === 'en' ? 'en' : 'sv';
  const text = (value: LocalizedText): string => value[lang];
  return { t, lang, text };
}
