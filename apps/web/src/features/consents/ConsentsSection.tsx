import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '@vardflata/contracts';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading, StatusMessage } from '../../components/Status';
import { focusLater } from '../../lib/focus';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { ConsentItem } from './ConsentItem';
import { useConsents } from './queries';
import { RecordConsentForm } from './RecordConsentForm';

const ORDER: Record<Consent['status'], number> = { valid: 0, expired: 1, revoked: 2 };

/** The person's consents (F2): what they agreed to, for whom, how, and until when. */
export function ConsentsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const consents = useConsents(personId);
  const [recording, setRecording] = useState(false);
  const [message, setMessage] = useState<string>();
  const mayWrite = mayWorkWithPersons(me);
  const recordButton = useRef<HTMLButtonElement>(null);

  const items = [...(consents.data ?? [])].sort(
    (a, b) => ORDER[a.status] - ORDER[b.status] || b.recordedAt.localeCompare(a.recordedAt),
  );

  return (
    <section className="card" aria-labelledby="consents-heading">
      <div className="section-head">
        <h2 id="consents-heading">{t('consents.heading')}</h2>
        {mayWrite && !recording && (
          <button
            ref={recordButton}
            type="button"
            className="button"
            aria-expanded={false}
            onClick={() => {
              setRecording(true);
              setMessage(undefined);
            }}
          >
            {t('consents.record')}
          </button>
        )}
      </div>
      <p className="section-intro">{t('consents.intro')}</p>
      <StatusMessage>{message}</StatusMessage>
      {recording && (
        <RecordConsentForm
          personId={personId}
          onCancel={() => {
            setRecording(false);
            focusLater(recordButton);
          }}
          onRecorded={() => {
            setRecording(false);
            setMessage(t('consents.recorded'));
            focusLater(recordButton);
          }}
        />
      )}
      {consents.isPending && <Loading />}
      <ProblemAlert error={consents.error} />
      {consents.data && items.length === 0 && <p>{t('consents.none')}</p>}
      {items.length > 0 && (
        <ul className="consent-list" data-testid="consent-list">
          {items.map((consent) => (
            <ConsentItem
              key={consent.id}
              consent={consent}
              personId={personId}
              mayRevoke={mayWrite}
              onRevoked={() => setMessage(t('consents.revokedMessage'))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
