import type { ReactNode } from 'react';
import type { Referral } from '@vardflata/contracts';
import { REFERRAL_LABELS } from '@vardflata/domain';
import { Badge } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useCareT } from './i18n';

/** One referral: kind, from and to, question, due date, status and the answer. */
export function ReferralCard({
  referral: r,
  heading,
  children,
}: {
  referral: Referral;
  heading?: ReactNode;
  children?: ReactNode;
}) {
  const { t, text } = useCareT();
  return (
    <li className="work-item" data-testid="referral">
      <div className="work-item-head">
        <strong>{text(REFERRAL_LABELS.kind[r.kind])}</strong>
        {heading}
        {r.overdue ? (
          <Badge tone="danger">{t('referrals.overdue')}</Badge>
        ) : (
          <Badge tone={r.status === 'answered' ? 'ok' : 'info'}>
            {text(REFERRAL_LABELS.status[r.status])}
          </Badge>
        )}
      </div>
      <p className="small">
        {t('referrals.fromTo', {
          from: `${r.from.unitName} (${r.from.organisationName})`,
          to: `${r.to.unitName} (${r.to.organisationName})`,
        })}
        {' · '}
        {t('referrals.sentOn', { date: formatDate(r.sentAt.slice(0, 10)), name: r.sentByName })}
        {' · '}
        {t('referrals.due', { date: formatDate(r.dueOn) })}
      </p>
      <p>
        <strong>{t('referrals.question')}:</strong> {r.question}
      </p>
      {r.answer !== null && (
        <p>
          <strong>{t('referrals.answer')}:</strong> {r.answer}{' '}
          <span className="small">
            (
            {t('referrals.answeredBy', {
              date: formatDate((r.answeredAt ?? '').slice(0, 10)),
              name: r.answeredByName ?? '',
            })}
            )
          </span>
        </p>
      )}
      {children}
    </li>
  );
}
