import { useState } from 'react';
import type { Person } from '@vardflata/contracts';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading, StatusMessage } from '../../components/Status';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { useCareT } from './i18n';
import { usePersonReferrals } from './queries';
import { ReferralCard } from './ReferralCard';
import { SendReferralForm } from './SendReferralForm';

/** The person's referrals and consultations (F6) on the person overview, with "send". */
export function ReferralsSection({ person }: { person: Person }) {
  const { t } = useCareT();
  const me = useMe();
  const list = usePersonReferrals(person.id);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const mayWrite = mayWorkWithPersons(me);
  return (
    <section className="card" aria-labelledby="referrals-heading" id="referrals">
      <h2 id="referrals-heading">{t('referrals.heading')}</h2>
      <p className="section-intro">{t('referrals.intro')}</p>
      <StatusMessage>{done}</StatusMessage>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {list.data && list.data.length === 0 && <p>{t('referrals.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="work-list">
          {list.data.map((r) => (
            <ReferralCard key={r.id} referral={r} />
          ))}
        </ul>
      )}
      {mayWrite && open && (
        <SendReferralForm
          personId={person.id}
          onCancel={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            setDone(t('referrals.sent'));
          }}
        />
      )}
      {mayWrite && !open && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDone('');
              setOpen(true);
            }}
          >
            {t('referrals.send')}
          </button>
        </p>
      )}
    </section>
  );
}
