import { featureTranslations } from '../../../lib/featureI18n';
import en from './en.json';
import sv from './sv.json';

/** Joint financing screens (F18): keys, populations, the settlement (governance's `financing`). */
export const useFinancingT = featureTranslations('financing', sv.financing, en.financing);
