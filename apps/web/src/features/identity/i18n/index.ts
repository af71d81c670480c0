import { featureTranslations } from '../../../lib/featureI18n';
import en from './en.json';
import sv from './sv.json';

/** Reserve numbers and merging identities (decision 0019-b), as the namespace 'identity'. */
export const useIdentityT = featureTranslations('identity', sv, en);
