import './governance.css';
import { Link } from 'react-router-dom';
import type { CollaborationBody } from '@vardflata/contracts';
import { COLLABORATION_BODY_KINDS } from '@vardflata/domain';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useGovernanceT } from './i18n';
import { useBodies } from './queries';

/** Collaboration bodies (F15): the steering groups, local groups and user councils by kind. */
export function BodiesPage() {
  const { t } = useGovernanceT();
  const list = useBodies();
  return (
    <>
      <PageHeading title={t('bodies.title')}>{t('bodies.title')}</PageHeading>
      <p className="section-intro">{t('bodies.intro')}</p>
      {list.isPending && <Loading />}
      {list.isError && <ProblemAlert error={list.error} />}
      {list.data?.items.length === 0 && <p>{t('bodies.none')}</p>}
      {list.data &&
        COLLABORATION_BODY_KINDS.map((kind) => {
          const bodies = list.data.items.filter((b) => b.kind === kind);
          if (bodies.length === 0) return null;
          return (
            <section key={kind} className="card" aria-labelledby={`kind-${kind}`}>
              <h2 id={`kind-${kind}`}>{t(`bodyKindsPlural.${kind}`)}</h2>
              <ul className="governance-list">
                {bodies.map((b) => (
                  <BodySummary key={b.id} body={b} />
                ))}
              </ul>
            </section>
          );
        })}
    </>
  );
}

function BodySummary({ body: b }: { body: CollaborationBody }) {
  const { t } = useGovernanceT();
  const next = b.meetings.find((m) => m.status === 'planned');
  return (
    <li className="governance-item">
      <h3>
        <Link to={`/collaboration-bodies/${b.id}`}>{b.name}</Link>
      </h3>
      {b.description && <p>{b.description}</p>}
      <p className="meta">
        {t('bodies.membersCount', { count: b.members.length })} ·{' '}
        {next ? t('bodies.nextMeeting', { date: formatDate(next.heldOn) }) : t('bodies.noPlanned')}
        {b.waiting.length > 0 && (
          <>
            {' '}
            <Badge tone="info">{t('bodies.waitingCount', { count: b.waiting.length })}</Badge>
          </>
        )}
      </p>
    </li>
  );
}
