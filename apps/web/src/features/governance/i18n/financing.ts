import { featureTranslations } from '../../../lib/featureI18n';
import en from './financing.en.json';
import sv from './financing.sv.json';

/** Joint financing screens (F18): keys, populations, the settlement. */
export const useFinancingT = featureTranslations('financing', sv, en);
