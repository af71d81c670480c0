import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Settlement, SettlementPeriod } from '@vardflata/contracts';
import { Form, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { formatKronor } from './financing.format';
import {
  settlementFile,
  useJointOperations,
  usePeriods,
  useSettle,
  useSettlement,
} from './financing.queries';
import { AmountForm, NewPeriodForm } from './SettlementForms';
import { useFinancingT } from './i18n/financing';

/** The avräkning per period (F18): what each principal owes, with PDF and Excel downloads. */
export function SettlementPage() {
  const { t } = useFinancingT();
  const periods = usePeriods();
  const operations = useJointOperations();
  const mayManage = operations.data?.items[0]?.mayManage ?? false;
  const [params] = useSearchParams();
  const chosen = params.get('period') ?? periods.data?.items[0]?.id;
  return (
    <>
      <PageHeading title={t('settlement')}>{t('settlement')}</PageHeading>
      <p>
        <Link to="/joint-financing">{t('toKeys')}</Link>
      </p>
      {periods.isPending && <Loading />}
      {periods.isError && <ProblemAlert error={periods.error} />}
      {periods.data && (
        <section className="card" aria-labelledby="periods">
          <h2 id="periods">{t('periods')}</h2>
          {periods.data.items.length === 0 && <p>{t('noPeriods')}</p>}
          <ul>
            {periods.data.items.map((p) => (
              <li key={p.id}>
                <PeriodLabel period={p} />{' '}
                {p.id === chosen ? null : (
                  <Link to={`/joint-financing/settlement?period=${p.id}`}>{t('openPeriod')}</Link>
                )}
              </li>
            ))}
          </ul>
          {mayManage && <NewPeriodForm />}
        </section>
      )}
      {chosen && <PeriodSettlement periodId={chosen} mayManage={mayManage} />}
    </>
  );
}

function PeriodLabel({ period: p }: { period: SettlementPeriod }) {
  const { t } = useFinancingT();
  return (
    <>
      {formatDate(p.startsOn)}–{formatDate(p.endsOn)}{' '}
      <Badge tone={p.status === 'settled' ? 'ok' : 'warn'}>{t(`status_${p.status}`)}</Badge>
    </>
  );
}

function PeriodSettlement({ periodId, mayManage }: { periodId: string; mayManage: boolean }) {
  const { t, lang } = useFinancingT();
  const settlement = useSettlement(periodId);
  if (settlement.isPending) return <Loading />;
  if (settlement.isError) return <ProblemAlert error={settlement.error} />;
  const s = settlement.data;
  const open = s.period.status === 'open';
  const kr = (ore: number) => formatKronor(ore, lang);
  return (
    <section aria-labelledby="settlement-heading">
      <h2 id="settlement-heading">
        {t('settlement')} <PeriodLabel period={s.period} />
      </h2>
      {open ? (
        <p>{t('preliminary')}</p>
      ) : (
        s.period.settledAt && (
          <p>
            {t('settledBy', {
              date: formatDate(s.period.settledAt.slice(0, 10)),
              name: s.period.settledByName ?? '',
            })}
          </p>
        )
      )}
      <ul className="actions">
        <li>
          <a href={settlementFile(periodId, 'pdf', lang)}>{t('downloadPdf')}</a>
        </li>
        <li>
          <a href={settlementFile(periodId, 'xlsx', lang)} download>
            {t('downloadXlsx')}
          </a>
        </li>
      </ul>
      <Totals settlement={s} />
      <section className="card" aria-labelledby="operations-heading">
        <h3 id="operations-heading">{t('operations')}</h3>
        {s.operations.map((o) => (
          <div key={o.operationId}>
            <h4>
              {o.name}
              {o.totalOre !== null && <> – {t('cost', { amount: kr(o.totalOre) })}</>}
            </h4>
            {o.problem && <p>{t(`problem_${o.problem}`)}</p>}
            {o.parts.length > 0 && <Parts parts={o.parts} caption={o.name} />}
            {open && mayManage && (
              <AmountForm
                kind="cost"
                targetId={o.operationId}
                periodId={periodId}
                label={t('costLabel', { name: o.name })}
              />
            )}
          </div>
        ))}
      </section>
      <section className="card" aria-labelledby="placements-heading">
        <h3 id="placements-heading">{t('placements')}</h3>
        <p>{t('placementHint')}</p>
        {s.placements.length === 0 && <p>{t('placementsNone')}</p>}
        {s.placements.map((p) => (
          <div key={p.placementId}>
            <h4>
              {p.reference}
              {p.totalOre !== null && <> – {kr(p.totalOre)}</>}
            </h4>
            <p>
              {t('placementLine', {
                placing: p.placingOrganisationName,
                provider: p.providerUnitName,
                from: formatDate(p.from),
                to: formatDate(p.to),
                days: p.days,
              })}
              {p.dailyRateOre !== null && <> · {t('dailyRate', { amount: kr(p.dailyRateOre) })}</>}
            </p>
            {p.totalOre === null && <p>{t('noRate')}</p>}
            {p.parts.length > 0 && <Parts parts={p.parts} caption={p.reference} />}
            {open && mayManage && (
              <AmountForm
                kind="rate"
                targetId={p.placementId}
                periodId={periodId}
                label={t('rateLabel', { reference: p.reference })}
              />
            )}
          </div>
        ))}
      </section>
      {open && mayManage && <SettleForm periodId={periodId} />}
    </section>
  );
}

function Totals({ settlement: s }: { settlement: Settlement }) {
  const { t, lang } = useFinancingT();
  return (
    <section className="card" aria-labelledby="totals-heading">
      <h3 id="totals-heading">{t('totals')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('principal')}</th>
            <th scope="col">{t('amount')}</th>
          </tr>
        </thead>
        <tbody>
          {s.totals.map((x) => (
            <tr key={x.organisationId}>
              <th scope="row">{x.organisationName}</th>
              <td>{formatKronor(x.ore, lang)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('totalSum')}</th>
            <td>
              <strong>{formatKronor(s.totalOre, lang)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function Parts({
  parts,
  caption,
}: {
  parts: Settlement['operations'][number]['parts'];
  caption: string;
}) {
  const { t, lang } = useFinancingT();
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('principal')}</th>
          <th scope="col">{t('percent')}</th>
          <th scope="col">{t('amount')}</th>
        </tr>
      </thead>
      <tbody>
        {parts.map((p) => (
          <tr key={p.organisationId}>
            <th scope="row">{p.organisationName}</th>
            <td>
              {t('share', { percent: p.percent.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB') })}
            </td>
            <td>{formatKronor(p.ore, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SettleForm({ periodId }: { periodId: string }) {
  const { t } = useFinancingT();
  const settle = useSettle(periodId);
  const [message, setMessage] = useState('');
  const form = useFormSubmit({
    check: (): Errors => ({}),
    send: () => settle.mutateAsync(undefined),
    onSuccess: () => setMessage(t('settled')),
  });
  return (
    <Form form={form} className="card form" aria-labelledby="settle-heading">
      <h3 id="settle-heading">{t('settle')}</h3>
      <p>{t('settleHint')}</p>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.Actions submitLabel={t('settle')} />
    </Form>
  );
}
