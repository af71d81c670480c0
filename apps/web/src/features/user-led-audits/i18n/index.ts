import { featureTranslations } from '../../../lib/featureI18n';
import en from './en.json';
import sv from './sv.json';

/** User-led audits (brukarrevision): staff, team and answer pages, as namespace 'userLedAudits'. */
export const useAuditsT = featureTranslations('userLedAudits', sv, en);
