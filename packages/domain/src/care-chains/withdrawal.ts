/**
 * Withdrawal-bed requests to the county's addiction centre (seed 004). Pure: `now` is passed in.
 *
 * "Medicinsk prioritering avgör tillgång till plats. Begäran från socialtjänsten om inläggning
 * ska prioriteras under förutsättning att det är medicinskt/psykiatriskt motiverat med
 * sjukhusvård samt att det ingår som ett led i en samlad vårdplanering och att det inte handlar
 * om orimligt lång tid." The admission order is therefore:
 * 1. medical urgency (acute, urgent, not yet triaged, planned);
 * 2. within one urgency, a request from social services that is medically motivated and part
 *    of a coordinated plan (the person has an active SIP) comes first — unless the other request
 *    has already waited unreasonably long (REASONABLE_WAIT_DAYS), then it keeps its place;
 * 3. otherwise the oldest first.
 */
export const URGENCIES = ['acute', 'urgent', 'planned'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const WITHDRAWAL_STATUSES = ['waiting', 'admitted', 'discharged', 'cancelled'] as const;
export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number];

/** Beyond this many days of waiting a request is no longer passed by a prioritised one. */
export const REASONABLE_WAIT_DAYS = 7;

const URGENCY_RANK: Record<Urgency | 'untriaged', number> = {
  acute: 0,
  urgent: 1,
  untriaged: 2,
  planned: 3,
};

export interface QueuedRequest {
  requestedAt: Date;
  urgency: Urgency | null;
  fromSocialServices: boolean;
  medicallyMotivated: boolean;
  partOfCoordinatedPlan: boolean;
  /** A stable tie-breaker (the id). */
  id: string;
}

/** Seed 004's priority: social services, medically motivated, and part of a coordinated plan. */
export function isPrioritised(r: QueuedRequest): boolean {
  return r.fromSocialServices && r.medicallyMotivated && r.partOfCoordinatedPlan;
}

const DAY = 86_400_000;

/** The waiting requests in the order they are to be admitted. */
export function admissionOrder<T extends QueuedRequest>(requests: readonly T[], now: Date): T[] {
  const waitedTooLong = (r: T) =>
    now.getTime() - r.requestedAt.getTime() >= REASONABLE_WAIT_DAYS * DAY;
  const firstClass = (r: T) => isPrioritised(r) || waitedTooLong(r);
  return [...requests].sort(
    (a, b) =>
      URGENCY_RANK[a.urgency ?? 'untriaged'] - URGENCY_RANK[b.urgency ?? 'untriaged'] ||
      Number(firstClass(b)) - Number(firstClass(a)) ||
      a.requestedAt.getTime() - b.requestedAt.getTime() ||
      a.id.localeCompare(b.id),
  );
}
