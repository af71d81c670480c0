import { featureTranslations } from '../../../lib/featureI18n';
import en from './en.json';
import sv from './sv.json';

/** The client survey's strings, as the i18next namespace 'surveys'. */
export const NS = 'surveys';

export const useSurveysT = featureTranslations(NS, sv, en);
