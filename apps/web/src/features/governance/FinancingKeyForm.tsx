import { useState } from 'react';
import type { CreateCostKeyBody } from '@vardflata/contracts';
import { bindValue, Form, NamedOptions, useFormSubmit, type Errors } from '../../components/form';
import { StatusMessage } from '../../components/Status';
import { useOrganisations } from '../../lib/organisations';
import { parsePercent, percentSum } from './financing.format';
import { useCreateKey } from './financing.queries';
import { useFinancingT } from './i18n/financing';

type Basis = 'population' | 'fixed';

/** A new version of an operation's cost-sharing key (the steering group). */
export function FinancingKeyForm({ operationId }: { operationId: string }) {
  const { t } = useFinancingT();
  const organisations = useOrganisations();
  const regions = organisations.data?.filter((o) => o.kind === 'region');
  const municipalities = organisations.data?.filter((o) => o.kind === 'municipality') ?? [];
  const create = useCreateKey(operationId);
  const [validFrom, setValidFrom] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [regionId, setRegionId] = useState('');
  const [regionPercent, setRegionPercent] = useState('25');
  const [municipalPercent, setMunicipalPercent] = useState('75');
  const [basis, setBasis] = useState<Basis>('population');
  const [year, setYear] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [shares, setShares] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');

  const check = (): Errors => {
    const errors: Errors = {};
    const region = parsePercent(regionPercent);
    const municipal = parsePercent(municipalPercent);
    if (!regionId) errors.regionId = t('required');
    if (region === null) errors.regionPercent = t('percentInvalid');
    if (municipal === null) errors.municipalPercent = t('percentInvalid');
    else if (region !== null && percentSum([region, municipal]) !== 100)
      errors.municipalPercent = t('sumInvalid', { sum: percentSum([region, municipal]) });
    if (chosen.length === 0) errors.municipalities = t('chooseMunicipality');
    if (basis === 'population' && !/^\d{4}$/.test(year.trim()))
      errors.populationYear = t('yearInvalid');
    if (basis === 'fixed') {
      const values = chosen.map((id) => parsePercent(shares[id] ?? ''));
      chosen.forEach((id, i) => {
        if (values[i] === null) errors[`municipalities[${i}].percent`] = t('percentInvalid');
      });
      if (values.every((v) => v !== null) && percentSum(values as number[]) !== 100)
        errors.municipalities = t('sumInvalid', { sum: percentSum(values as number[]) });
    }
    return errors;
  };
  const form = useFormSubmit({
    check,
    send: () => {
      const body: CreateCostKeyBody = {
        validFrom,
        ...(validUntil ? { validUntil } : {}),
        regionId,
        regionPercent: parsePercent(regionPercent)!,
        municipalPercent: parsePercent(municipalPercent)!,
        municipalBasis: basis,
        ...(basis === 'population' ? { populationYear: Number(year.trim()) } : {}),
        municipalities: chosen.map((id) => ({
          organisationId: id,
          ...(basis === 'fixed' ? { percent: parsePercent(shares[id] ?? '')! } : {}),
        })),
        note: note.trim(),
      };
      return create.mutateAsync(body);
    },
    onSuccess: () => setMessage(t('keySaved')),
  });
  const nameOf = (id: string) => municipalities.find((m) => m.id === id)?.name ?? '';
  return (
    <Form form={form} className="form" aria-labelledby={`key-${operationId}`}>
      <h3 id={`key-${operationId}`}>{t('newKey')}</h3>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <div className="field-row">
        <Form.Date
          path="validFrom"
          label={t('validFrom')}
          required
          {...bindValue(validFrom, setValidFrom)}
        />
        <Form.Date
          path="validUntil"
          label={t('validUntil')}
          {...bindValue(validUntil, setValidUntil)}
        />
      </div>
      <Form.Select
        path="regionId"
        label={t('region')}
        required
        {...bindValue(regionId, setRegionId)}
      >
        <NamedOptions choose={t('common.choose')} items={regions} />
      </Form.Select>
      <div className="field-row">
        <Form.Text
          path="regionPercent"
          label={t('regionPercent')}
          inputMode="decimal"
          required
          {...bindValue(regionPercent, setRegionPercent)}
        />
        <Form.Text
          path="municipalPercent"
          label={t('municipalPercent')}
          inputMode="decimal"
          required
          {...bindValue(municipalPercent, setMunicipalPercent)}
        />
      </div>
      <Form.Choices<Basis>
        type="radio"
        name={`basis-${operationId}`}
        path="municipalBasis"
        inline
        label={t('basis')}
        options={[
          { value: 'population', label: t('basisPopulation') },
          { value: 'fixed', label: t('basisFixed') },
        ]}
        value={[basis]}
        onChange={(v) => setBasis(v[0] ?? 'population')}
      />
      {basis === 'population' && (
        <Form.Text
          path="populationYear"
          label={t('populationYear')}
          inputMode="numeric"
          required
          {...bindValue(year, setYear)}
        />
      )}
      <Form.Choices<string>
        type="checkbox"
        name={`municipalities-${operationId}`}
        path="municipalities"
        label={t('municipalities')}
        options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
        value={chosen}
        onChange={setChosen}
      />
      {basis === 'fixed' &&
        chosen.map((id, i) => (
          <Form.Text
            key={id}
            path={`municipalities[${i}].percent`}
            label={t('municipalityPercent', { name: nameOf(id) })}
            inputMode="decimal"
            required
            value={shares[id] ?? ''}
            onChange={(e) => setShares({ ...shares, [id]: e.target.value })}
          />
        ))}
      <Form.TextArea
        path="note"
        label={t('note')}
        rows={2}
        limit={2000}
        {...bindValue(note, setNote)}
      />
      <Form.Actions submitLabel={t('keySubmit')} />
    </Form>
  );
}
