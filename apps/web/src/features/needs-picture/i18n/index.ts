import { featureTranslations } from '../../../lib/featureI18n';
import en from './en.json';
import sv from './sv.json';

/** The needs picture's strings, as the i18next namespace 'needsPicture'. */
export const NS = 'needsPicture';

export const useNeedsT = featureTranslations(NS, sv, en);
