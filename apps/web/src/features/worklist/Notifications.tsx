import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Form } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate, formatDateTime, formatPin } from '../../lib/format';
import { mayReadPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { personName } from '../persons/personName';
import { useWorklistT } from './i18n';
import { useMarkRead, useNotifications, useUnreadCount } from './queries';
import type { Notification } from './types';
import './worklist.css';

/**
 * The header's way to the notifications, with the number of unread ones in words (not only a
 * dot). Shown to the roles that work with persons; the others get no notifications.
 */
export function NotificationsIndicator() {
  const { t } = useWorklistT();
  const me = useMe();
  const enabled = mayReadPersons(me);
  const unread = useUnreadCount(enabled);
  if (!enabled) return null;
  const count = unread.data ?? 0;
  return (
    <Link to="/notifications" className="notifications-link" data-testid="notifications-link">
      {t('notifications.link')}
      {count > 0 && (
        <span className="notifications-count">
          {count}
          <span className="visually-hidden"> {t('notifications.unread', { count })}</span>
        </span>
      )}
    </Link>
  );
}

function NotificationItem({
  n,
  onRead,
}: {
  n: Notification;
  onRead: (n: Notification, next: () => void) => void;
}) {
  const { t, lang } = useWorklistT();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const unread = n.readAt === null;
  return (
    <li
      className={`notification${unread ? ' notification-unread' : ''}`}
      data-testid="notification"
    >
      <h2 ref={titleRef} tabIndex={-1} className="notification-title">
        <span lang={lang === 'sv' ? undefined : 'sv'}>{n.title}</span>{' '}
        {unread ? (
          <Badge tone="info">{t('notifications.unreadBadge')}</Badge>
        ) : (
          <Badge tone="neutral">{t('notifications.readBadge')}</Badge>
        )}
      </h2>
      <p lang={lang === 'sv' ? undefined : 'sv'}>{n.body}</p>
      <p className="small">
        {n.person && (
          <>
            {personName(t, n.person)} ({formatPin(n.person.personalIdentityNumber)}) ·{' '}
          </>
        )}
        {n.dueOn && <>{t('notifications.dueOn', { date: formatDate(n.dueOn) })} · </>}
        {t('notifications.createdAt', { at: formatDateTime(n.createdAt) })}
      </p>
      <div className="actions">
        {n.sipId && n.person && (
          <Link
            to={`/sips/${encodeURIComponent(n.sipId)}`}
            className="button button-small"
            onClick={() => {
              if (unread) onRead(n, () => undefined);
            }}
          >
            {t('notifications.open')}
          </Link>
        )}
        {unread && (
          <button
            type="button"
            className="button button-small"
            onClick={() => onRead(n, () => titleRef.current?.focus())}
          >
            {t('notifications.markRead')}
            <span className="visually-hidden"> – {n.title}</span>
          </button>
        )}
      </div>
    </li>
  );
}

/** The signed-in user's notifications, newest first, each can be marked as read. */
export function NotificationsPage() {
  const { t } = useWorklistT();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(unreadOnly);
  const mark = useMarkRead();
  const [message, setMessage] = useState<string>();

  const onRead = (n: Notification, then: () => void) =>
    mark.mutate(n.id, {
      onSuccess: () => {
        setMessage(t('notifications.marked', { title: n.title }));
        setTimeout(then);
      },
    });

  return (
    <>
      <PageHeading title={t('notifications.title')}>{t('notifications.title')}</PageHeading>
      <p className="lead">{t('notifications.intro')}</p>
      <Form.Checkbox
        label={t('notifications.unreadOnly')}
        checked={unreadOnly}
        onChange={(e) => setUnreadOnly(e.target.checked)}
      />
      <StatusMessage>{message}</StatusMessage>
      <ProblemAlert error={mark.error} />
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {list.data && (
        <>
          <p className="small">
            {t('notifications.unreadTotal', { count: list.data.unreadCount })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{unreadOnly ? t('notifications.noneUnread') : t('notifications.none')}</p>
          ) : (
            <ul className="notification-list" data-testid="notification-list">
              {list.data.items.map((n) => (
                <NotificationItem key={n.id} n={n} onRead={onRead} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
