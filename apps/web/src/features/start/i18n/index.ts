import { useTranslation } from 'react-i18next';
import i18n from '../../../i18n';
import en from './en.json';
import sv from './sv.json';

/** The start page's strings, as the namespace 'start'. */
export const NS = 'start';

i18n.addResourceBundle('sv', NS, sv, true, true);
i18n.addResourceBundle('en', NS, en, true, true);

export function useStartT() {
  const { t } = useTranslation([NS, 'translation'], { nsMode: 'fallback' });
  return { t };
}
