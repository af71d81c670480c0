// The public API of the screening and assessment instruments (F4). Pure: no I/O, no clock.
export * from './types.ts';
export { scoreQuestionnaire, sumItems, type ScoreResult } from './scoring.ts';
export * from './audit.ts';
export * from './dudit.ts';
export * from './screening.ts';
export * from './asi.ts';
export * from './criteria.ts';
export * from './fhir.ts';
