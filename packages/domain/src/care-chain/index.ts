export * from './interventions.ts';
