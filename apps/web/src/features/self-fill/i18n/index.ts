import { useTranslation } from 'react-i18next';
import i18n from '../../../i18n';
import en from './en.json';
import sv from './sv.json';

/** Self-fill's strings (the person's screen and the staff member's unlock), namespace 'self-fill'. */
export const NS = 'self-fill';

i18n.addResourceBundle('sv', NS, sv, true, true);
i18n.addResourceBundle('en', NS, en, true, true);

export function useSelfFillT() {
  const { t } = useTranslation([NS, 'translation'], { nsMode: 'fallback' });
  return { t };
}
