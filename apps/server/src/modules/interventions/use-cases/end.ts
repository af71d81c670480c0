import type { EndInterventionBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { reload, withIntervention } from '../interventions.context.ts';
import { requireMayEnd } from '../interventions.policy.ts';
import { toIntervention } from '../interventions.presenter.ts';
import { endIntervention as saveEnd } from '../repositories/intervention.repository.ts';

/** Ends an intervention with its outcome (F5), once. */
export function endIntervention(db: Db, caller: Caller, id: string, body: EndInterventionBody) {
  return withIntervention(db, caller, id, 'intervention.end', 'write', async (ctx) => {
    requireMayEnd(ctx.row, body.endOn);
    await saveEnd(ctx.trx, id, {
      endOn: body.endOn,
      outcome: body.outcome,
      note: body.outcomeNote ?? null,
    });
    return toIntervention(caller, await reload(ctx), ctx.today);
  });
}
