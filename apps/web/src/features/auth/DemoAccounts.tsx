import { useTranslation } from 'react-i18next';
import type { Role } from '@vardflata/contracts';

const DEMO_ACCOUNTS: readonly { username: string; role: Role; unit: string }[] = [
  { username: 'anna.lakare', role: 'physician', unit: 'Beroendecentrum' },
  { username: 'vera.vardcentral', role: 'physician', unit: 'Vårdcentral Centrum' },
  { username: 'erik.socsek', role: 'social-worker', unit: 'Socialtjänst Vuxen Exempelby' },
  { username: 'nora.socsek', role: 'social-worker', unit: 'Socialtjänst Vuxen Norrby' },
  { username: 'sara.samordnare', role: 'coordinator', unit: 'Socialtjänst Vuxen Exempelby' },
  { username: 'maja.chef', role: 'unit-manager', unit: 'Beroendecentrum' },
  { username: 'olle.analytiker', role: 'analyst', unit: 'Region Exempel' },
  { username: 'admin', role: 'administrator', unit: '—' },
];

/** The documented demo accounts, shown only while the server says it runs the demo county. */
export function DemoAccounts() {
  const { t } = useTranslation();
  return (
    <details className="card demo-accounts">
      <summary>{t('signIn.demoAccounts')}</summary>
      <p>{t('signIn.demoPassword')}</p>
      <table className="table">
        <caption className="visually-hidden">{t('signIn.demoAccounts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('signIn.username')}</th>
            <th scope="col">{t('common.role')}</th>
            <th scope="col">{t('common.unit')}</th>
          </tr>
        </thead>
        <tbody>
          {DEMO_ACCOUNTS.map((a) => (
            <tr key={a.username}>
              <td>
                <code>{a.username}</code>
              </td>
              <td>{t(`roles.${a.role}`)}</td>
              <td>{a.unit}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
