import type { z } from 'zod';
import type { emergencyAccess, meta, sessionInfo, totpEnrolment } from '@vardflata/contracts';

// Response shapes the contracts package defines as schemas but does not name as types.
// Type-only imports: nothing of zod reaches the browser bundle.
export type Meta = z.infer<typeof meta>;
export type SessionInfo = z.infer<typeof sessionInfo>;
export type TotpEnrolment = z.infer<typeof totpEnrolment>;
export type EmergencyAccess = z.infer<typeof emergencyAccess>;

export type Items<T> = { items: T[] };
