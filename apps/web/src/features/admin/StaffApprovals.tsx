import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '@vardflata/contracts';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusMessage } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../auth/session';
import { useApproveProposal, useUnlockSignIn } from './queries';

/**
 * What waits for a second administrator (two-person rule, decision 0012), and the accounts
 * locked after failed sign-ins. The proposer sees her proposal but cannot approve it; nobody
 * approves a change to her own account.
 */
export function StaffApprovals({
  staff,
  placeOf,
}: {
  staff: StaffMember[];
  placeOf: (unitId: string | null, organisationId: string | null) => string;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const approve = useApproveProposal();
  const unlock = useUnlockSignIn();
  const [message, setMessage] = useState<string>();
  const nameOf = (id: string) =>
    staff.find((s) => s.id === id)?.name ?? t('admin.approvals.someone');
  const waiting = staff.filter((s) => s.proposal !== null);
  const locked = staff.filter((s) => s.signInLocked);

  return (
    <section className="card" aria-labelledby="approvals-heading">
      <h2 id="approvals-heading">{t('admin.approvals.title')}</h2>
      <p>{t('admin.approvals.intro')}</p>
      <StatusMessage>{message}</StatusMessage>
      <ProblemAlert error={approve.error ?? unlock.error} />
      {waiting.length === 0 ? (
        <p>{t('admin.approvals.none')}</p>
      ) : (
        <ul className="plain-list" data-testid="approvals">
          {waiting.map((s) => {
            const p = s.proposal!;
            const own = p.proposedBy === me.id || s.id === me.id;
            return (
              <li key={s.id}>
                <p>
                  <strong>{s.name}</strong> ({s.username}):{' '}
                  {p.kind === 'role'
                    ? t('admin.approvals.kind.role', {
                        role: p.role ? t(`roles.${p.role}`) : '',
                        place: placeOf(p.unitId, p.organisationId),
                      })
                    : t(`admin.approvals.kind.${p.kind}`, { role: t(`roles.${s.role}`) })}
                  {' — '}
                  {t('admin.approvals.proposedBy', {
                    name: nameOf(p.proposedBy),
                    at: formatDateTime(p.proposedAt),
                  })}
                </p>
                {own ? (
                  <p className="muted">{t('admin.approvals.notYours')}</p>
                ) : (
                  <button
                    type="button"
                    className="button button-primary button-small"
                    disabled={approve.isPending}
                    onClick={() =>
                      approve.mutate(
                        { id: s.id },
                        {
                          onSuccess: () =>
                            setMessage(t('admin.approvals.approved', { name: s.name })),
                        },
                      )
                    }
                  >
                    {t('admin.approvals.approve', { name: s.name })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('admin.approvals.lockedTitle')}</h3>
      {locked.length === 0 ? (
        <p>{t('admin.approvals.noneLocked')}</p>
      ) : (
        <ul className="plain-list">
          {locked.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong> ({s.username}){' '}
              <button
                type="button"
                className="button button-small"
                disabled={unlock.isPending}
                onClick={() =>
                  unlock.mutate(
                    { id: s.id },
                    {
                      onSuccess: () => setMessage(t('admin.approvals.unlocked', { name: s.name })),
                    },
                  )
                }
              >
                {t('admin.approvals.unlock', { name: s.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
