import { featureTranslations } from '../../../lib/featureI18n';
import en from './en.json';
import sv from './sv.json';

/**
 * The care-chain feature's own strings (interventions, referrals, the circle, case management,
 * LVM/LVU), as the i18next namespace 'careChain'. Labels of codes (categories, methods, legal
 * forms, outcomes) are data in @vardflata/domain, shown with `text()`.
 */
export const useCareT = featureTranslations('careChain', sv, en);
