import { z } from 'zod';
import { int32, uuid } from './common.ts';
import { registrationGround, sex } from './persons.ts';

/**
 * A person registered with a reserve number (decision 0019-b): what is known, nothing more.
 * Names are optional (a person brought in without papers may give none); the birth year is the
 * staff's estimate and is required, since the number carries it.
 */
export const registerReserveBody = z.object({
  givenName: z.string().trim().max(200).optional(),
  familyName: z.string().trim().max(200).optional(),
  sex,
  birthYear: int32.min(1900, 'from 1900').max(2100, 'not after 2100'),
  /** What else is known: where the person was found, language, marks (no personnummer). */
  note: z.string().trim().max(2000).optional(),
  ground: registrationGround.optional(),
});
export type RegisterReserveBody = z.infer<typeof registerReserveBody>;

export const reservePerson = z.object({
  id: uuid,
  reserveNumber: z.string(),
  registered: z.literal(true),
  ground: registrationGround,
});
export type ReservePerson = z.infer<typeof reservePerson>;

export const mergeBody = z.object({
  /** The real person (personnummer or samordningsnummer) the reserve identity is merged into. */
  intoPersonId: uuid,
});
export type MergeBody = z.infer<typeof mergeBody>;

export const mergePreviewQuery = z.object({ into: uuid });

/** Per kind of record, how many move; kinds with none are left out. */
export const movedRecords = z.array(z.object({ table: z.string(), count: int32 }));

export const mergePreview = z.object({
  reservePersonId: uuid,
  intoPersonId: uuid,
  moves: movedRecords,
  /** Open care relations at the same unit on both: the reserve's is closed, the real kept. */
  conflicts: z.array(z.object({ table: z.string(), count: int32 })),
});
export type MergePreview = z.infer<typeof mergePreview>;

export const mergeResult = z.object({
  reservePersonId: uuid,
  intoPersonId: uuid,
  mergedAt: z.string(),
  moved: movedRecords,
});
export type MergeResult = z.infer<typeof mergeResult>;

/** Where a merged reserve identity went (a tombstone answers it to whoever sees the real one). */
export const mergedInto = z.object({ id: uuid, mergedIntoPersonId: uuid, mergedAt: z.string() });
export type MergedInto = z.infer<typeof mergedInto>;
