import { INDICATORS } from '@vardflata/domain';
import type { IndicatorValue } from '@vardflata/contracts';
import { useIndicatorsT } from './i18n';
import { valueOf } from './queries';
import { valueText } from './valueText';

/** Every indicator of the scope (totals and by sex) with how it is counted. */
export function KeyFigures({ scope, values }: { scope: string; values: IndicatorValue[] }) {
  const { t, lang } = useIndicatorsT();
  const shown = INDICATORS.filter((d) => d.breakdown !== 'age-band');
  return (
    <section className="card" aria-labelledby="key-figures">
      <h2 id="key-figures">{t('key.heading', { scope })}</h2>
      <table className="data-table key-figures">
        <thead>
          <tr>
            <th scope="col">{t('key.indicator')}</th>
            <th scope="col">{t('key.value')}</th>
            <th scope="col">{t('key.how')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => {
            const v = valueOf(values, d.code);
            return (
              <tr key={d.code} data-code={d.code}>
                <th scope="row">{d.name[lang]}</th>
                <td className={v && v.value !== null ? 'figure' : 'figure not-available'}>
                  {valueText(v, t, lang)}
                </td>
                <td className="muted">{d.counting[lang]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted">{t('rule')}</p>
    </section>
  );
}
