import { useState } from 'react';
import { Form, useFormSubmit, type Errors } from '../../components/form';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading, StatusMessage } from '../../components/Status';
import { todayInStockholm } from '../../lib/format';
import { usePopulations, useSetPopulations } from './financing.queries';
import { useFinancingT } from './i18n/financing';

/** Population per municipality and year, the basis of keys by population. */
export function PopulationsPanel({ mayManage }: { mayManage: boolean }) {
  const { t } = useFinancingT();
  const [year, setYear] = useState(Number(todayInStockholm().slice(0, 4)) - 1);
  const [typed, setTyped] = useState(String(year));
  const form = useFormSubmit({
    check: (): Errors => (/^\d{4}$/.test(typed.trim()) ? {} : { year: t('yearInvalid') }),
    send: async () => setYear(Number(typed.trim())),
  });
  return (
    <section className="card" aria-labelledby="populations">
      <h2 id="populations">{t('populations')}</h2>
      <Form form={form} className="form governance-inline" aria-label={t('populationsYear')}>
        <Form.Alerts />
        <Form.Text
          path="year"
          label={t('populationsYear')}
          inputMode="numeric"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <Form.Actions submitLabel={t('populationsShow')} />
      </Form>
      <PopulationFigures key={year} year={year} mayManage={mayManage} />
    </section>
  );
}

function PopulationFigures({ year, mayManage }: { year: number; mayManage: boolean }) {
  const { t } = useFinancingT();
  const figures = usePopulations(year);
  const save = useSetPopulations();
  const [values, setValues] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const items = figures.data?.items ?? [];
  const valueOf = (id: string, population: number | null) =>
    values[id] ?? (population === null ? '' : String(population));
  const form = useFormSubmit({
    check: (): Errors =>
      Object.fromEntries(
        items.flatMap((m, i) => {
          const v = valueOf(m.organisationId, m.population).trim();
          return v && !/^\d+$/.test(v) ? [[`entries[${i}].population`, t('wholeNumber')]] : [];
        }),
      ),
    send: () =>
      save.mutateAsync({
        year,
        entries: items
          .map((m) => ({
            organisationId: m.organisationId,
            population: valueOf(m.organisationId, m.population).trim(),
          }))
          .filter((e) => e.population !== '')
          .map((e) => ({ ...e, population: Number(e.population) })),
      }),
    onSuccess: () => setMessage(t('populationsSaved')),
  });
  if (figures.isPending) return <Loading />;
  if (figures.isError) return <ProblemAlert error={figures.error} />;
  if (!mayManage)
    return (
      <ul>
        {items.map((m) => (
          <li key={m.organisationId}>
            {m.organisationName}:{' '}
            {m.population === null
              ? t('populationMissing')
              : t('population', { count: m.population })}
          </li>
        ))}
      </ul>
    );
  return (
    <Form form={form} className="form" aria-label={t('populationsSubmit')}>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      {items.map((m, i) => (
        <Form.Text
          key={m.organisationId}
          path={`entries[${i}].population`}
          label={`${t('populationOf', { name: m.organisationName })} ${year}`}
          inputMode="numeric"
          value={valueOf(m.organisationId, m.population)}
          onChange={(e) => setValues({ ...values, [m.organisationId]: e.target.value })}
        />
      ))}
      <Form.Actions submitLabel={t('populationsSubmit')} />
    </Form>
  );
}
