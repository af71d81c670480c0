import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { personName } from '../persons/personName';
import { useWorklistT } from '../worklist/i18n';
import { useWorklist } from '../worklist/queries';
import type { Scope, WorklistKind } from '../worklist/types';
import { useStartT } from './i18n';

const URGENT: ReadonlySet<WorklistKind> = new Set([
  'follow-up-overdue',
  'plan-frozen',
  'invitation-to-answer',
  'meeting-this-week',
]);
const SHOWN = 5;

/**
 * What is due (F7), from the same worklist the "Att göra" page shows: how many of each kind,
 * and the most urgent few, each a way into the plan.
 */
export function DueSection({ scope }: { scope: Scope }) {
  const { t } = useStartT();
  const { t: tw } = useWorklistT();
  const worklist = useWorklist(scope);
  const items = worklist.data?.items ?? [];
  const counts = new Map<WorklistKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  const more = `/worklist${scope === 'mine' ? '?scope=mine' : ''}`;

  return (
    <section className="card" aria-labelledby="start-due-heading" data-testid="start-due">
      <h2 id="start-due-heading">
        {t('due.heading')}
        {items.length > 0 && (
          <>
            {' '}
            <Badge tone="info">{t('due.count', { count: items.length })}</Badge>
          </>
        )}
      </h2>
      <p className="section-intro">{t(scope === 'mine' ? 'due.introMine' : 'due.introUnit')}</p>
      {worklist.isPending && <Loading />}
      <ProblemAlert error={worklist.error} />
      {worklist.data && items.length === 0 && <p>{t('due.empty')}</p>}
      {items.length > 0 && (
        <>
          <ul className="start-counts">
            {[...counts].map(([kind, n]) => (
              <li key={kind}>
                <Link to={`${more}#group-${kind}`}>{tw(`kinds.${kind}.heading`)}</Link>{' '}
                <Badge tone={URGENT.has(kind) ? 'warn' : 'neutral'}>{n}</Badge>
              </li>
            ))}
          </ul>
          <h3>{t('due.latest')}</h3>
          <ul className="start-due-list">
            {items.slice(0, SHOWN).map((item, i) => (
              <li key={`${item.sipId}-${item.kind}-${i}`}>
                <Link to={`/sips/${encodeURIComponent(item.sipId)}`}>
                  {personName(t, item.person)}
                </Link>{' '}
                – {tw(`kinds.${item.kind}.item`)}
                {item.dueOn && (
                  <span className="small">
                    {' '}
                    ({tw(`kinds.${item.kind}.date`)}: {formatDate(item.dueOn)})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={more}>{t('due.more')}</Link>
      </p>
    </section>
  );
}
