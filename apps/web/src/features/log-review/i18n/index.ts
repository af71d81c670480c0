import { useTranslation } from 'react-i18next';
import i18n from '../../../i18n';
import en from './en.json';
import sv from './sv.json';

/** The log review's newer strings (persons, recorded reviews), as the namespace 'log-review'. */
export const NS = 'log-review';

i18n.addResourceBundle('sv', NS, sv, true, true);
i18n.addResourceBundle('en', NS, en, true, true);

/** `t` looks in 'log-review' first, then in the app's shared strings (logReview.*, common.*). */
export function useLogReviewT() {
  const { t, i18n: instance } = useTranslation([NS, 'translation'], { nsMode: 'fallback' });
  const lang: 'sv' | 'en' =
    instance.resolvedLanguage === 'en' || instance.language === 'en' ? 'en' : 'sv';
  return { t, lang };
}
