import type { EmergencyAccess } from '@vardflata/contracts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import type { EmergencyAccessRow } from './repositories/emergency-access.repository.ts';

export function toEmergencyAccess(r: EmergencyAccessRow): EmergencyAccess {
  return {
    id: r.id,
    personId: r.person_id,
    staffId: r.staff_id,
    staffName: r.staff_name,
    unitId: r.unit_id,
    reason: r.reason,
    startedAt: toIso(r.started_at),
    expiresAt: toIso(r.expires_at),
    reviewedAt: toIsoOrNull(r.reviewed_at),
    reviewedBy: r.reviewed_by,
    reviewNote: r.review_note,
    reviewAs: r.review_as,
  };
}
