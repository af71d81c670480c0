import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { CostKeyVersion, JointOperation } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading, StatusMessage } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { FinancingKeyForm } from './FinancingKeyForm';
import { PopulationsPanel } from './FinancingPopulations';
import { useCreateOperation, useJointOperations } from './financing.queries';
import { useFinancingT } from './i18n/financing';

/** Joint financing (F18): operations, their cost-sharing keys, the population figures. */
export function JointFinancingPage() {
  const { t } = useFinancingT();
  const list = useJointOperations();
  const mayManage = list.data?.items[0]?.mayManage ?? false;
  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p>{t('intro')}</p>
      <p>
        <Link to="/joint-financing/settlement">{t('toSettlement')}</Link>
      </p>
      {list.isPending && <Loading />}
      {list.isError && <ProblemAlert error={list.error} />}
      {list.data?.items.length === 0 && <p>{t('noOperations')}</p>}
      {list.data?.items.map((o) => (
        <OperationCard key={o.id} operation={o} />
      ))}
      {list.data && <PopulationsPanel mayManage={mayManage} />}
      {mayManage && <AddOperation />}
    </>
  );
}

function OperationCard({ operation: o }: { operation: JointOperation }) {
  const { t } = useFinancingT();
  return (
    <section className="card" aria-labelledby={`operation-${o.id}`}>
      <h2 id={`operation-${o.id}`}>{o.name}</h2>
      {o.description && <p>{o.description}</p>}
      <h3>{t('keys')}</h3>
      {o.keys.length === 0 && <p>{t('noKey')}</p>}
      <ul>
        {o.keys.map((k) => (
          <li key={k.id}>
            <KeyVersion version={k} />
          </li>
        ))}
      </ul>
      {o.mayManage && <FinancingKeyForm operationId={o.id} />}
    </section>
  );
}

function KeyVersion({ version: k }: { version: CostKeyVersion }) {
  const { t } = useFinancingT();
  const validity = k.validUntil
    ? t('valid', { from: formatDate(k.validFrom), until: formatDate(k.validUntil) })
    : t('validOpen', { from: formatDate(k.validFrom) });
  return (
    <>
      <strong>{t('version', { version: k.version })}</strong>, {validity}.{' '}
      {t('principals', { region: k.regionPercent, municipal: k.municipalPercent })} ({k.regionName}
      ).{' '}
      {k.municipalBasis === 'population'
        ? t('byPopulation', { year: k.populationYear })
        : t('byFixed')}
      :
      <ul>
        {k.municipalities.map((m) => (
          <li key={m.organisationId}>
            {m.organisationName}:{' '}
            {k.municipalBasis === 'fixed'
              ? t('share', { percent: m.percent })
              : m.population === null
                ? t('populationMissing')
                : t('population', { count: m.population })}
          </li>
        ))}
      </ul>
      {k.note && <p>{k.note}</p>}
    </>
  );
}

function AddOperation() {
  const { t } = useFinancingT();
  const create = useCreateOperation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [message, setMessage] = useState('');
  const form = useFormSubmit({
    check: (): Errors => (name.trim() ? {} : { name: t('required') }),
    send: () => create.mutateAsync({ name: name.trim(), description: description.trim() }),
    onSuccess: () => {
      setName('');
      setDescription('');
      setMessage(t('operationAdded'));
    },
  });
  return (
    <Form form={form} className="card form" aria-labelledby="add-operation">
      <h2 id="add-operation">{t('addOperation')}</h2>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.Text path="name" label={t('name')} required {...bindValue(name, setName)} />
      <Form.TextArea
        path="description"
        label={t('description')}
        rows={3}
        limit={2000}
        {...bindValue(description, setDescription)}
      />
      <Form.Actions submitLabel={t('addOperationSubmit')} />
    </Form>
  );
}
