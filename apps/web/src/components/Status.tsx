import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A polite live region: success messages and result counts are read out without moving focus.
 * Keep it mounted and change its content; an empty region takes no room. `hidden`: for
 * screen readers only, when the same words are already on screen (e.g. a table caption).
 */
export function StatusMessage({ children, hidden }: { children?: ReactNode; hidden?: boolean }) {
  return (
    <div role="status" className={hidden ? 'visually-hidden' : 'status-message'}>
      {children}
    </div>
  );
}

/** Loading text in a live region, so a screen reader hears that something is on its way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {label ?? t('common.loading')}
    </p>
  );
}

export function Badge({
  tone = 'neutral',
  children,
}: {
  tone?: 'neutral' | 'ok' | 'warn' | 'danger' | 'info';
  children: ReactNode;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
