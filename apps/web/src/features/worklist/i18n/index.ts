import { useTranslation } from 'react-i18next';
import i18n from '../../../i18n';
import en from './en.json';
import sv from './sv.json';

/** The worklist's and notifications' strings, as the i18next namespace 'worklist'. */
export const NS = 'worklist';

i18n.addResourceBundle('sv', NS, sv, true, true);
i18n.addResourceBundle('en', NS, en, true, true);

/** `t` looks in 'worklist' first, then in the app's shared strings (common.*, errors.*). */
export function useWorklistT() {
  const { t, i18n: instance } = useTranslation([NS, 'translation'], { nsMode: 'fallback' });
  const lang = instance.resolvedLanguage === 'en' || instance.language === 'en' ? 'en' : 'sv';
  return { t, lang };
}
