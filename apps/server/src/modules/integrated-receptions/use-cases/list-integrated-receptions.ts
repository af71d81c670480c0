import type { Db } from '../../../db/database.ts';
import { listIntegratedReceptions as list } from '../repositories/integrated-reception.repository.ts';

/** Every integrated reception with its units: organisation structure, no person data. */
export const listIntegratedReceptions = (db: Db) => list(db);
