import './governance.css';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Coverage } from '@vardflata/contracts';
import { Form, useFormSubmit } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { ChartFigure } from '../../components/ChartFigure';
import { useGovernanceT } from './i18n';
import { CoverageMatrix, share } from './CoverageMatrix';
import { useCoverage } from './queries';

type Row = Coverage['items'][number];
const BLUE = '#1f5f8b';

/** Coverage per unit (F16): one training as a chart with its table, and all as a table. */
export function CoveragePage() {
  const { t } = useGovernanceT();
  const coverage = useCoverage();
  const trainings = [...new Set(coverage.data?.items.map((r) => r.training) ?? [])];
  const [chosen, setChosen] = useState<string>();
  const shown = chosen ?? trainings.find((n) => n.startsWith('MI')) ?? trainings[0];
  return (
    <>
      <p>
        <Link to="/trainings">{t('competence.title')}</Link>
      </p>
      <PageHeading title={t('competence.coverage')}>{t('competence.coverage')}</PageHeading>
      <p className="section-intro">{t('competence.coverageIntro')}</p>
      {coverage.isPending && <Loading />}
      {coverage.isError && <ProblemAlert error={coverage.error} />}
      {coverage.data?.items.length === 0 && <p>{t('competence.noCoverage')}</p>}
      {coverage.data && shown && (
        <>
          <TrainingChoice trainings={trainings} value={shown} onApply={setChosen} />
          <TrainingChart
            training={shown}
            rows={coverage.data.items.filter((r) => r.training === shown)}
          />
          <AllTrainings rows={coverage.data.items} trainings={trainings} />
        </>
      )}
    </>
  );
}

function TrainingChoice({
  trainings,
  value,
  onApply,
}: {
  trainings: string[];
  value: string;
  onApply: (training: string) => void;
}) {
  const { t } = useGovernanceT();
  const [training, setTraining] = useState(value);
  const form = useFormSubmit({ send: async () => training, onSuccess: onApply });
  return (
    <Form form={form} className="card form filters" aria-labelledby="coverage-choice">
      <h2 id="coverage-choice">{t('competence.training')}</h2>
      <Form.Select
        path="training"
        label={t('competence.training')}
        value={training}
        onChange={(e) => setTraining(e.target.value)}
      >
        {trainings.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </Form.Select>
      <Form.Actions submitLabel={t('competence.show')} />
    </Form>
  );
}

function TrainingChart({ training, rows }: { training: string; rows: Row[] }) {
  const { t } = useGovernanceT();
  const data = rows.map((r) => ({ name: r.unitName, value: share(r) }));
  const top = [...rows].filter((r) => r.trained > 0).sort((a, b) => share(b) - share(a))[0];
  return (
    <ChartFigure
      heading={t('competence.chartHeading', { training })}
      description={t('competence.chartDescription', {
        training,
        top: top
          ? `${top.unitName} (${t('competence.percent', { value: share(top) })})`
          : t('competence.chartNone'),
      })}
      chart={
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} accessibilityLayer={false} margin={{ bottom: 40 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" interval={0} angle={-20} textAnchor="end" height={70} />
            <YAxis domain={[0, 100]} unit=" %" allowDecimals={false} />
            <Tooltip />
            <Bar
              dataKey="value"
              name={t('competence.share')}
              fill={BLUE}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      table={<CoverageTable rows={rows} caption={training} />}
    />
  );
}

function CoverageTable({ rows, caption }: { rows: Row[]; caption: string }) {
  const { t } = useGovernanceT();
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('competence.unit')}</th>
          <th scope="col">{t('competence.trained')}</th>
          <th scope="col">{t('competence.staff')}</th>
          <th scope="col">{t('competence.share')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.unitId}>
            <th scope="row">{r.unitName}</th>
            <td>{r.trained}</td>
            <td>{r.staff}</td>
            <td className="coverage-share">{t('competence.percent', { value: share(r) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AllTrainings({ rows, trainings }: { rows: Row[]; trainings: string[] }) {
  const { t } = useGovernanceT();
  return (
    <section className="card" aria-labelledby="coverage-all">
      <h2 id="coverage-all">{t('competence.allTrainings')}</h2>
      <CoverageMatrix rows={rows} trainings={trainings} />
    </section>
  );
}
