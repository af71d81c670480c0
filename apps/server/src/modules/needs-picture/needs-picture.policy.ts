import type { Caller } from '../../access/caller.ts';
import { forbidden } from '../../http/problem.ts';

/**
 * Who reads the needs picture (F11): analysts only. It is aggregates of the whole target group
 * by substance, co-morbidity and housing — planning material for the principals, not a unit's
 * own follow-up — so unit managers use the indicators instead.
 */
export function requireNeedsPictureReader(caller: Caller): void {
  if (caller.role !== 'analyst') {
    throw forbidden('Only analysts read the needs picture.');
  }
}

/** Keeps one request from reading the database for minutes (ten years by month is 120). */
export const MAX_PERIODS = 40;
