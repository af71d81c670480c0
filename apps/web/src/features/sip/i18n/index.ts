import { useTranslation } from 'react-i18next';
import i18n from '../../../i18n';
import en from './en.json';
import sv from './sv.json';

/**
 * The SIP feature's own strings, as the i18next namespace 'sip' (Swedish first, English
 * second). The plan's field labels come from @vardflata/domain (PLAN_LABELS) in both languages.
 */
export const NS = 'sip';

i18n.addResourceBundle('sv', NS, sv, true, true);
i18n.addResourceBundle('en', NS, en, true, true);

export type Lang = 'sv' | 'en';

/**
 * `t` looks in 'sip' first and then in the app's shared strings (common.*, errors.*,
 * fieldErrors.*); `label` picks the current language from a domain label.
 */
export function useSipT() {
  const { t, i18n: instance } = useTranslation([NS, 'translation'], { nsMode: 'fallback' });
  const lang: Lang = instance.resolvedLanguage === 'en' || instance.language === 'en' ? 'en' : 'sv';
  const label = (value: { sv: string; en: string }): string => value[lang];
  return { t, lang, label };
}
