import { useTranslation } from 'react-i18next';
import i18n from '../../../../i18n';
import en from './en.json';
import sv from './sv.json';

/** The register extract's strings, as the namespace 'access-extract'. */
export const NS = 'access-extract';

i18n.addResourceBundle('sv', NS, sv, true, true);
i18n.addResourceBundle('en', NS, en, true, true);

export function useExtractT() {
  const { t, i18n: instance } = useTranslation([NS, 'translation'], { nsMode: 'fallback' });
  const lang: 'sv' | 'en' =
    instance.resolvedLanguage === 'en' || instance.language === 'en' ? 'en' : 'sv';
  return { t, lang };
}
