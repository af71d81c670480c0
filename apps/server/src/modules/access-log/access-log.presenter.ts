import type {
  AccessLogRow,
  LogPerson,
  LogReview,
  RegisterExtract,
  RegisterExtractEntry,
} from '@vardflata/contracts';
import { accessActionExtract } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import { toIso } from '../../util/time.ts';
import type { AccessCount } from './repositories/extract.repository.ts';
import type { LogReviewRecord } from './repositories/log-reviews.repository.ts';
import type { LogRowRecord } from './repositories/log-rows.repository.ts';

/** A name the caller may see: protected identity hides it from all but authorised staff. */
function visibleName(
  caller: Caller,
  p: { given_name: string | null; family_name: string | null; protected_identity: boolean | null },
): string | null {
  if (p.given_name === null) return null;
  if (p.protected_identity && !caller.mayViewProtectedIdentity) return null;
  return `${p.given_name} ${p.family_name}`;
}

export function toLogRow(caller: Caller, r: LogRowRecord): AccessLogRow {
  return {
    id: r.id,
    at: toIso(r.at),
    userId: r.user_id,
    userName: r.user_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    personId: r.person_id,
    personIdentityNumber: r.personal_identity_number,
    personName: visibleName(caller, r),
    personProtectedIdentity: r.protected_identity ?? false,
    action: r.action,
    ground: r.ground as AccessLogRow['ground'],
    outcome: r.outcome,
  };
}

export function toLogPerson(
  caller: Caller,
  p: {
    id: string;
    personal_identity_number: string;
    given_name: string;
    family_name: string;
    protected_identity: boolean;
  },
): LogPerson {
  return {
    id: p.id,
    personalIdentityNumber: p.personal_identity_number,
    name: visibleName(caller, p),
    protectedIdentity: p.protected_identity,
  };
}

export function toLogReview(r: LogReviewRecord): LogReview {
  return {
    id: r.id,
    at: toIso(r.reviewed_at),
    byName: r.by_name,
    unitName: r.unit_name,
    kind: r.kind,
    rowsReviewed: r.rows_reviewed,
    findings: r.findings,
    note: r.note,
  };
}

/**
 * The extract in the person's words: per day (newest first), one line per place and kind of
 * access, in the order they first happened that day. Codes that read the same to the person
 * ("read earlier versions of your SIP") become one line with their counts added.
 */
export function groupExtract(counts: readonly AccessCount[]): RegisterExtract['days'] {
  const days = new Map<string, Map<string, RegisterExtractEntry>>();
  for (const c of counts) {
    const text = {
      sv: accessActionExtract(c.action, 'sv'),
      en: accessActionExtract(c.action, 'en'),
    };
    const place = c.place ?? '';
    const key = `${place}\u0000${text.sv}`;
    const entries = days.get(c.day) ?? new Map<string, RegisterExtractEntry>();
    days.set(c.day, entries);
    const firstAt = toIso(c.first_at as Date);
    const lastAt = toIso(c.last_at as Date);
    const seen = entries.get(key);
    if (seen) {
      seen.count += Number(c.n);
      if (firstAt < seen.firstAt) seen.firstAt = firstAt;
      if (lastAt > seen.lastAt) seen.lastAt = lastAt;
    } else {
      entries.set(key, { place, text, count: Number(c.n), firstAt, lastAt });
    }
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, entries]) => ({
      date,
      entries: [...entries.values()].sort(
        (a, b) => a.firstAt.localeCompare(b.firstAt) || a.place.localeCompare(b.place, 'sv'),
      ),
    }));
}
