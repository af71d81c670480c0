import { featureTranslations } from '../../../lib/featureI18n';
import en from './en.json';
import sv from './sv.json';

/** The care chains' strings (withdrawal beds, placements, disclosures, LOB): namespace 'careChains'. */
export const NS = 'careChains';

export const useCareT = featureTranslations(NS, sv, en);
