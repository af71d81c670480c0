import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Form } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading, StatusMessage } from '../../components/Status';
import { formatPin } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { personName } from '../persons/personName';
import { AnswerReferralForm } from './AnswerReferralForm';
import { useCareT } from './i18n';
import { useUnitReferrals } from './queries';
import { ReferralCard } from './ReferralCard';

type Box = 'incoming' | 'outgoing';

/** The unit's referrals (F6): incoming to answer, and those it sent with their answers. */
export function ReferralsPage() {
  const { t } = useCareT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const box: Box = params.get('box') === 'outgoing' ? 'outgoing' : 'incoming';
  const list = useUnitReferrals(box);
  const [done, setDone] = useState('');
  return (
    <>
      <PageHeading title={t('referrals.page.title')}>{t('referrals.page.title')}</PageHeading>
      <p className="lead">{t('referrals.page.intro')}</p>
      <div className="worklist-scope">
        <Form.Choices
          type="radio"
          name="box"
          label={t('referrals.page.box')}
          inline
          options={(['incoming', 'outgoing'] as const).map((b) => ({
            value: b,
            label: t(`referrals.page.${b}`),
          }))}
          value={[box]}
          onChange={([b]) =>
            setParams(b === 'outgoing' ? { box: 'outgoing' } : {}, { replace: true })
          }
        />
      </div>
      <StatusMessage>{done}</StatusMessage>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      <section className="card" aria-labelledby="referrals-list-heading">
        <h2 id="referrals-list-heading">{t(`referrals.page.${box}`)}</h2>
        {list.data && list.data.length === 0 && <p>{t('referrals.none')}</p>}
        {list.data && list.data.length > 0 && (
          <ul className="work-list">
            {list.data.map((r) => (
              <ReferralCard
                key={r.id}
                referral={r}
                heading={
                  <>
                    <Link to={`/persons/${encodeURIComponent(r.personId)}`}>
                      {personName(t, r.person)}
                    </Link>
                    <span className="pin small">{formatPin(r.person.personalIdentityNumber)}</span>
                  </>
                }
              >
                {r.mayAnswer && mayWorkWithPersons(me) && (
                  <AnswerReferralForm id={r.id} onDone={() => setDone(t('referrals.answered'))} />
                )}
              </ReferralCard>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
