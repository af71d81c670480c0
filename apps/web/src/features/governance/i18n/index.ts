import { featureTranslations } from '../../../lib/featureI18n';
import en from './en.json';
import sv from './sv.json';

/** Governance screens (deviations, disputes, agreements, the annual follow-up). */
export const useGovernanceT = featureTranslations('governance', sv, en);
