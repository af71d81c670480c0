import type { Db } from '../database.ts';
import {
  insertSession,
  insertTraining,
  markAttended,
  register,
} from '../../modules/competence/repositories/training.repository.ts';
import { dayFrom } from './demo-sip-writer.ts';

/** The method trainings of seeds 002 and 001, one held MI course and one coming ASI session. */
const TRAININGS = [
  ['MI', 'MI – motiverande samtal', 'Samtalsmetod för att stärka motivation till förändring.'],
  ['ASI', 'ASI – Addiction Severity Index', 'Strukturerad intervju för utredning och uppföljning.'],
  ['AP', 'ÅP – återfallsprevention', 'Behandlingsmetod för att förebygga återfall.'],
  ['HAP', 'HAP – haschavvänjningsprogrammet', 'Program för att sluta använda cannabis.'],
  ['MET', 'MET – motivationshöjande behandling', 'Kort strukturerad behandling byggd på MI.'],
  ['FAMILY', 'Familjeperspektiv och barn som anhöriga', 'Att se och stödja barn och anhöriga.'],
] as const;

export async function seedDemoCompetence(trx: Db, staff: (u: string) => string): Promise<void> {
  const ids = new Map<string, string>();
  for (const [code, name, description] of TRAININGS)
    ids.set(code, await insertTraining(trx, { code, name, description }));
  const mi = await insertSession(trx, {
    trainingId: ids.get('MI')!,
    heldOn: dayFrom(-200),
    place: 'Regionens hus',
  });
  await markAttended(trx, mi, [
    staff('anna.lakare'),
    staff('erik.socsek'),
    staff('sara.samordnare'),
  ]);
  const asi = await insertSession(trx, {
    trainingId: ids.get('ASI')!,
    heldOn: dayFrom(30),
    place: 'Stadshuset',
  });
  await register(trx, asi, staff('erik.socsek'));
}
