import { z } from 'zod';
import { int32, isoDate, uuid } from './common.ts';

/** Competence (F16): trainings, sessions, registrations, attendance, coverage per unit. */
export const trainingSession = z.object({
  id: uuid,
  heldOn: z.string(),
  place: z.string(),
  registered: int32,
  attended: int32,
  /** The caller's own registration. */
  mine: z.enum(['none', 'registered', 'attended']),
});

export const training = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  description: z.string(),
  sessions: z.array(trainingSession),
  /** The caller has completed it (attended a session). */
  completed: z.boolean(),
  /** The caller plans its sessions and records attendance. */
  mayRun: z.boolean(),
});
export type Training = z.infer<typeof training>;

export const planSessionBody = z.object({
  heldOn: isoDate,
  place: z.string().trim().max(200).default(''),
});
export type PlanSessionBody = z.infer<typeof planSessionBody>;

export const attendanceBody = z.object({ staffIds: z.array(uuid).min(1).max(200) });
export type AttendanceBody = z.infer<typeof attendanceBody>;

export const coverageQuery = z.object({ organisationId: uuid.optional() });
export const coverage = z.object({
  items: z.array(
    z.object({
      unitId: uuid,
      unitName: z.string(),
      training: z.string(),
      staff: int32,
      trained: int32,
    }),
  ),
});
export type Coverage = z.infer<typeof coverage>;

/** Who registered for a session and whether they attended (for recording attendance). */
export const sessionRegistrations = z.object({
  sessionId: uuid,
  heldOn: z.string(),
  /** The session's day has come: attendance may be recorded. */
  held: z.boolean(),
  items: z.array(
    z.object({
      staffId: uuid,
      name: z.string(),
      unitName: z.string().nullable(),
      attended: z.boolean(),
    }),
  ),
});
export type SessionRegistrations = z.infer<typeof sessionRegistrations>;
