import type { Training } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { mayRunTrainings } from '../competence.policy.ts';
import * as trainings from '../repositories/training.repository.ts';

export async function listTrainings(db: Db, caller: Caller): Promise<Training[]> {
  const mayRun = mayRunTrainings(await governanceActor(db, caller));
  return (await trainings.listTrainings(db, caller.staffId)).map((t) => ({
    id: t.id,
    code: t.code,
    name: t.name,
    description: t.description,
    sessions: t.sessions.map((s) => ({
      id: s.id,
      heldOn: s.held_on,
      place: s.place,
      registered: Number(s.registered),
      attended: Number(s.attended),
      mine: (s.mine ?? 'none') as 'none' | 'registered' | 'attended',
    })),
    completed: t.sessions.some((s) => s.mine === 'attended'),
    mayRun,
  }));
}
