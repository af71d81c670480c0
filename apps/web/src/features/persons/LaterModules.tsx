import { useTranslation } from 'react-i18next';

/**
 * Where the next modules attach to the person overview: SIP (F3). Nothing here is clickable
 * until it exists. Screening and assessment (F4) has its own section (ScreeningsSection).
 */
export function LaterModules() {
  const { t } = useTranslation();
  return (
    <section className="card card-muted" aria-labelledby="later-modules-heading">
      <h2 id="later-modules-heading">{t('later.heading')}</h2>
      <ul className="later-list">
        <li>
          <strong>{t('later.sip')}</strong> – {t('later.sipText')}
        </li>
      </ul>
      <p className="not-available">{t('common.notAvailableYet')}</p>
    </section>
  );
}
