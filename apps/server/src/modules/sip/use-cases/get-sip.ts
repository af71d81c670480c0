import { loadDetail, sipQuery } from '../sip.context.ts';

/** One SIP in full, as the caller sees it; a logged read. */
export const getSip = sipQuery('sip.read', loadDetail);
