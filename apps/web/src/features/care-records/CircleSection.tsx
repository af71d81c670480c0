import { useState } from 'react';
import type { CircleMember, Person } from '@vardflata/contracts';
import { CIRCLE_LABELS } from '@vardflata/domain';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { AddMemberForm, AddSupportForm } from './CircleForms';
import { useCareT } from './i18n';
import { useCircle } from './queries';

function Member({ member, onSupport }: { member: CircleMember; onSupport?: () => void }) {
  const { t, text } = useCareT();
  return (
    <li className="work-item" data-testid="circle-member">
      <div className="work-item-head">
        <strong>{member.name}</strong>
        <span>
          {member.relation}
          {member.age !== null && `, ${t('circle.age', { count: member.age })}`}
        </span>
        <Badge tone="neutral">{text(CIRCLE_LABELS.kind[member.kind])}</Badge>
        {member.contact && <Badge tone="info">{text(CIRCLE_LABELS.contact[member.contact])}</Badge>}
        {member.withoutSupport && <Badge tone="warn">{t('circle.withoutSupport')}</Badge>}
      </div>
      {member.supports.length > 0 && (
        <ul>
          {member.supports.map((s) => (
            <li key={s.id}>
              <strong>{text(CIRCLE_LABELS.support[s.kind])}</strong> –{' '}
              {t('circle.given', { date: formatDate(s.givenOn), by: s.givenBy })}: {s.description}
            </li>
          ))}
        </ul>
      )}
      <p className="small">{t('circle.recordedBy', { unit: member.unitName })}</p>
      {onSupport && (
        <p>
          <button type="button" className="button button-small" onClick={onSupport}>
            {t('circle.addSupport')}
            <span className="visually-hidden">: {member.name}</span>
          </button>
        </p>
      )}
    </li>
  );
}

/** The person's circle (F1): children, adult relatives, support given, the children question. */
export function CircleSection({ person }: { person: Person }) {
  const { t, text } = useCareT();
  const me = useMe();
  const circle = useCircle(person.id);
  const [panel, setPanel] = useState<{ kind: 'member' } | { kind: 'support'; id: string } | null>(
    null,
  );
  const [done, setDone] = useState('');
  const mayWrite = mayWorkWithPersons(me);
  const data = circle.data;
  const supporting =
    panel?.kind === 'support' ? data?.members.find((m) => m.id === panel.id) : undefined;
  const q = data?.childrenQuestion;

  return (
    <section className="card" aria-labelledby="circle-heading" id="circle">
      <h2 id="circle-heading">{t('circle.heading')}</h2>
      <p className="section-intro">{t('circle.intro')}</p>
      <StatusMessage>{done}</StatusMessage>
      {circle.isPending && <Loading />}
      <ProblemAlert error={circle.error} />
      {data && (
        <>
          <h3>{t('circle.question')}</h3>
          {q ? (
            <p data-testid="children-question">
              {t('circle.questionAnswered', {
                date: formatDate(q.askedOn),
                unit: q.unitName,
                answer: text(CIRCLE_LABELS.answer[q.answer]),
              })}
            </p>
          ) : (
            <div className="alert alert-warning" data-testid="children-question">
              <p>{t('circle.questionNotAsked')}</p>
            </div>
          )}
          {data.members.length === 0 ? (
            <p>{t('circle.none')}</p>
          ) : (
            <ul className="work-list">
              {data.members.map((m) => (
                <Member
                  key={m.id}
                  member={m}
                  onSupport={
                    mayWrite && m.organisationName === me.organisation?.name
                      ? () => {
                          setDone('');
                          setPanel({ kind: 'support', id: m.id });
                        }
                      : undefined
                  }
                />
              ))}
            </ul>
          )}
        </>
      )}
      {supporting && (
        <AddSupportForm
          personId={person.id}
          member={supporting}
          onCancel={() => setPanel(null)}
          onDone={() => {
            setPanel(null);
            setDone(t('circle.supportAdded'));
          }}
        />
      )}
      {mayWrite && panel?.kind === 'member' && (
        <AddMemberForm
          personId={person.id}
          onCancel={() => setPanel(null)}
          onDone={() => {
            setPanel(null);
            setDone(t('circle.added'));
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
              setPanel({ kind: 'member' });
            }}
          >
            {t('circle.add')}
          </button>
        </p>
      )}
    </section>
  );
}
