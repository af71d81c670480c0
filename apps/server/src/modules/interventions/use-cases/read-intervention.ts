import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withIntervention } from '../interventions.context.ts';
import { toIntervention } from '../interventions.presenter.ts';

export function readIntervention(db: Db, caller: Caller, id: string) {
  return withIntervention(db, caller, id, 'intervention.read', 'read', async (ctx) =>
    toIntervention(caller, ctx.row, ctx.today),
  );
}
