/**
 * How often the organisation's log is reviewed: monthly, the common reading of HSLF-FS 2016:40
 * 4 kap 9 § ("systematiskt och återkommande") in Swedish regions (decision 0010-b).
 */
export const LOG_REVIEW_INTERVAL_DAYS = 30;
