import { useTranslation } from 'react-i18next';
import { useMeta } from './useMeta';

/** Always visible while the server runs with demo accounts: nothing here is real. */
export function DemoBanner() {
  const { t } = useTranslation();
  const meta = useMeta();
  if (!meta?.demo) return null;
  return (
    <p className="demo-banner" data-testid="demo-banner">
      <strong>{t('demo.banner')}</strong>
    </p>
  );
}
