import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@vardflata/contracts';
import { PageHeading } from '../../components/PageHeading';
import { hasRole } from '../../lib/roles';
import { useMe } from '../auth/session';

/** Renders the page only for the given roles; the server refuses the rest anyway. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (hasRole(me, roles)) return <>{children}</>;
  return (
    <>
      <PageHeading title={t('notAllowed.title')}>{t('notAllowed.title')}</PageHeading>
      <p>{t('notAllowed.body')}</p>
    </>
  );
}
