import type { Role } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { unprocessable } from '../../http/problem.ts';

/**
 * The two-person rule (security.md, Access; decision 0012): an administrator manages accounts
 * but never becomes a reader of person data. Whatever she does that gives an account a way to
 * person data — creating it, giving it such a role, choosing its password, clearing its second
 * factor — waits for a second, different administrator's approval. Administrator accounts fall
 * under the rule too, or one administrator could make a second one and approve with it.
 */
export const ROLES_NEEDING_APPROVAL: readonly Role[] = [
  'social-worker',
  'physician',
  'nurse',
  'coordinator',
  'unit-manager',
  'administrator',
];

export type ProposalKind = 'account' | 'role' | 'password' | 'second-factor';

export const needsApproval = (role: Role): boolean => ROLES_NEEDING_APPROVAL.includes(role);

/**
 * Who may approve a proposal: an administrator (checked by the caller's permission) who is
 * neither the one who proposed it nor the account it is about.
 */
export function requireMayApprove(
  caller: Caller,
  account: { id: string; proposal: ProposalKind | null; proposed_by: string | null },
): void {
  if (account.proposal === null) {
    throw unprocessable('Nothing on this account awaits approval.', {
      errors: [{ path: 'proposal', message: 'nothing awaits approval' }],
    });
  }
  if (account.proposed_by === caller.staffId) {
    throw unprocessable('A second administrator must approve what you proposed.', {
      errors: [{ path: 'proposal', message: 'proposed by you: another administrator approves' }],
    });
  }
  if (account.id === caller.staffId) {
    throw unprocessable('Another administrator must approve a change to your own account.', {
      errors: [{ path: 'proposal', message: 'your own account: another administrator approves' }],
    });
  }
}

/**
 * A further change while something waits: a pending role change must be settled first (so an
 * approver always sees what she approves); a new credential replaces the pending one and is
 * now the caller's proposal. A new account stays a new account until approved.
 */
export function nextProposal(
  current: ProposalKind | null,
  change: Exclude<ProposalKind, 'account'>,
): ProposalKind | 'conflict' {
  if (current === 'role') return 'conflict';
  if (current === 'account') return 'account';
  return change;
}
