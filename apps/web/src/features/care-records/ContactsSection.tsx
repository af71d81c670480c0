import { useState } from 'react';
import type { ContactRecord, Person } from '@vardflata/contracts';
import { CONTACT_LABELS } from '@vardflata/domain';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { ChangeContactForm } from './ChangeContactForm';
import { useCareT } from './i18n';
import { useContacts } from './queries';
import { RecordContactForm } from './RecordContactForm';

const TONE = { booked: 'info', held: 'ok', cancelled: 'neutral', 'no-show': 'warn' } as const;

function Row({ item, onChange }: { item: ContactRecord; onChange?: () => void }) {
  const { t, text } = useCareT();
  return (
    <tr>
      <td className="nowrap">{formatDate(item.date)}</td>
      <th scope="row">
        {text(CONTACT_LABELS.kind[item.kind])}
        {item.note && <p className="small">{item.note}</p>}
      </th>
      <td>
        {item.unitName}, {item.organisationName}
      </td>
      <td>
        <Badge tone={item.awaitingOutcome ? 'warn' : TONE[item.status]}>
          {text(CONTACT_LABELS.status[item.status])}
        </Badge>
        {/* Booked for a day that has passed: not held until someone says it was. */}
        {item.awaitingOutcome && <p className="small">{t('contacts.awaitingOutcome')}</p>}
        {onChange && (
          <p>
            <button type="button" className="button button-small" onClick={onChange}>
              {t('contacts.change')}
              <span className="visually-hidden">
                {' '}
                {t('contacts.changeWhich', {
                  kind: text(CONTACT_LABELS.kind[item.kind]),
                  date: formatDate(item.date),
                })}
              </span>
            </button>
          </p>
        )}
      </td>
    </tr>
  );
}

/** The person's visits and contacts (decision 0020-c) on the person overview. */
export function ContactsSection({ person }: { person: Person }) {
  const { t } = useCareT();
  const me = useMe();
  const list = useContacts(person.id);
  const [panel, setPanel] = useState<{ kind: 'record' } | { kind: 'change'; id: string } | null>(
    null,
  );
  const [done, setDone] = useState('');
  const mayWrite = mayWorkWithPersons(me);
  const changing = panel?.kind === 'change' ? list.data?.find((c) => c.id === panel.id) : undefined;

  return (
    <section className="card" aria-labelledby="contacts-heading" id="contacts">
      <h2 id="contacts-heading">{t('contacts.heading')}</h2>
      <p className="section-intro">{t('contacts.intro')}</p>
      <StatusMessage>{done}</StatusMessage>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {list.data && list.data.length === 0 && <p>{t('contacts.none')}</p>}
      {list.data && list.data.length > 0 && (
        <div className="table-wrap">
          <table className="table table-compact" data-testid="contacts">
            <caption className="visually-hidden">
              {t('contacts.caption', { count: list.data.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('contacts.columns.date')}</th>
                <th scope="col">{t('contacts.columns.kind')}</th>
                <th scope="col">{t('contacts.columns.unit')}</th>
                <th scope="col">{t('contacts.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((item) => (
                <Row
                  key={item.id}
                  item={item}
                  onChange={
                    mayWrite && item.mayEdit && item.status !== 'cancelled'
                      ? () => {
                          setDone('');
                          setPanel({ kind: 'change', id: item.id });
                        }
                      : undefined
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {changing && (
        <ChangeContactForm
          contact={changing}
          onCancel={() => setPanel(null)}
          onDone={(cancelled) => {
            setPanel(null);
            setDone(t(cancelled ? 'contacts.cancelled' : 'contacts.changed'));
          }}
        />
      )}
      {mayWrite && panel?.kind === 'record' && (
        <RecordContactForm
          personId={person.id}
          onCancel={() => setPanel(null)}
          onDone={() => {
            setPanel(null);
            setDone(t('contacts.recorded'));
          }}
        />
      )}
      {mayWrite && panel === null && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDone('');
              setPanel({ kind: 'record' });
            }}
          >
            {t('contacts.record')}
          </button>
        </p>
      )}
    </section>
  );
}
