import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@vardflata/domain';
import i18n from '../i18n';

type Resources = Record<string, unknown>;

/**
 * A feature's own strings as an i18next namespace (Swedish first, English second), and the
 * hook its components use: `t` looks in the namespace first and then in the app's shared
 * strings (common.*, errors.*, form.*); `text` picks the current language of a domain text
 * ({ sv, en }).
 */
export function featureTranslations(ns: string, sv: Resources, en: Resources) {
  i18n.addResourceBundle('sv', ns, sv, true, true);
  i18n.addResourceBundle('en', ns, en, true, true);
  return function useFeatureT() {
    const { t, i18n: instance } = useTranslation([ns, 'translation'], { nsMode: 'fallback' });
    const lang: 'sv' | 'en' =
      instance.resolvedLanguage === 'en' || instance.language === 'en' ? 'en' : 'sv';
    const text = (value: LocalizedText): string => value[lang];
    return { t, lang, text };
  };
}
