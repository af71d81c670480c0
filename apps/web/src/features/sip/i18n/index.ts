import { featureTranslations } from '../../../lib/featureI18n';
import en from './en.json';
import sv from './sv.json';

/**
 * The SIP feature's own strings, as the i18next namespace 'sip' (Swedish first, English
 * second). The plan's field labels come from @vardflata/domain (PLAN_LABELS) in both languages.
 */
export const NS = 'sip';

export type Lang = 'sv' | 'en';

const useFeatureT = featureTranslations(NS, sv, en);

/** `t` in 'sip', then the shared strings; `label` picks the current language of a domain label. */
export function useSipT() {
  const feature = useFeatureT();
  return { ...feature, label: feature.text };
}
