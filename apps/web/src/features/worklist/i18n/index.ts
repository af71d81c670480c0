import { featureTranslations } from '../../../lib/featureI18n';
import en from './en.json';
import sv from './sv.json';

/** The worklist's and notifications' strings, as the i18next namespace 'worklist'. */
export const NS = 'worklist';

/** `t` looks in 'worklist' first, then in the app's shared strings (common.*, errors.*). */
export const useWorklistT = featureTranslations(NS, sv, en);
