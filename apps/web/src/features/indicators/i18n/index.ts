import { featureTranslations } from '../../../lib/featureI18n';
import en from './en.json';
import sv from './sv.json';

/** The follow-up dashboard's strings, as the i18next namespace 'indicators'. */
export const NS = 'indicators';

export const useIndicatorsT = featureTranslations(NS, sv, en);
