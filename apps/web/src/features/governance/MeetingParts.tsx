import { Link } from 'react-router-dom';
import type { CollaborationBody } from '@vardflata/contracts';
import { Badge } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { useGovernanceT } from './i18n';

export type Meeting = CollaborationBody['meetings'][number];
type AgendaEntry = Meeting['agenda'][number];

/** A meeting's date and place, and its state in words: held only when the minutes are written. */
export function MeetingHeading({ meeting: m, level }: { meeting: Meeting; level: 3 | 4 }) {
  const { t } = useGovernanceT();
  const H = level === 3 ? 'h3' : 'h4';
  const overdue = m.status === 'planned' && m.heldOn < todayInStockholm();
  return (
    <H id={`meeting-${m.id}`}>
      {m.place
        ? t('bodies.meetingOn', { date: formatDate(m.heldOn), place: m.place })
        : t('bodies.meetingOnNoPlace', { date: formatDate(m.heldOn) })}{' '}
      {m.status === 'held' ? (
        <Badge tone="ok">{t('bodies.held')}</Badge>
      ) : (
        <Badge tone="info">{t('bodies.planned')}</Badge>
      )}{' '}
      {overdue && <Badge tone="warn">{t('bodies.minutesMissing')}</Badge>}
    </H>
  );
}

/** The agenda; a raised deviation or dispute links to its page. */
export function AgendaList({ items }: { items: AgendaEntry[] }) {
  const { t } = useGovernanceT();
  if (items.length === 0) return <p>{t('bodies.emptyAgenda')}</p>;
  return (
    <ol className="agenda">
      {items.map((a, i) => (
        <li key={a.id ?? `${a.kind}-${a.refId ?? i}`}>
          {a.kind === 'item' || !a.refId ? (
            a.title
          ) : (
            <>
              <Link
                to={
                  a.kind === 'dispute'
                    ? `/disputes#dispute-${a.refId}`
                    : `/deviations#deviation-${a.refId}`
                }
              >
                {a.title}
              </Link>{' '}
              <span className="meta">
                ({t(`bodies.${a.kind}`)}, {t('bodies.raised')})
              </span>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
