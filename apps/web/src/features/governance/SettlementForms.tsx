import { useState } from 'react';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { StatusMessage } from '../../components/Status';
import { parseKronor } from './financing.format';
import { useCreatePeriod, useSetCost, useSetDailyRate } from './financing.queries';
import { useFinancingT } from './i18n/financing';

/** A new settlement period (the steering group). */
export function NewPeriodForm() {
  const { t } = useFinancingT();
  const create = useCreatePeriod();
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [message, setMessage] = useState('');
  const form = useFormSubmit({
    check: (): Errors => ({}),
    send: () => create.mutateAsync({ startsOn, endsOn }),
    onSuccess: () => setMessage(t('periodAdded')),
  });
  return (
    <Form form={form} className="form" aria-labelledby="new-period">
      <h3 id="new-period">{t('newPeriod')}</h3>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <div className="field-row">
        <Form.Date
          path="startsOn"
          label={t('startsOn')}
          required
          {...bindValue(startsOn, setStartsOn)}
        />
        <Form.Date path="endsOn" label={t('endsOn')} required {...bindValue(endsOn, setEndsOn)} />
      </div>
      <Form.Actions submitLabel={t('periodSubmit')} />
    </Form>
  );
}

/** An operation's cost in the period, or a placement's daily rate, typed in kronor. */
export function AmountForm({
  kind,
  targetId,
  periodId,
  label,
}: {
  kind: 'cost' | 'rate';
  targetId: string;
  periodId: string;
  label: string;
}) {
  const { t } = useFinancingT();
  const cost = useSetCost(targetId);
  const rate = useSetDailyRate(targetId);
  const [amount, setAmount] = useState('');
  const [message, setMessage] = useState('');
  const path = kind === 'cost' ? 'amountOre' : 'dailyRateOre';
  const form = useFormSubmit({
    check: (): Errors => (parseKronor(amount) === null ? { [path]: t('amountInvalid') } : {}),
    send: () => {
      const ore = parseKronor(amount)!;
      return kind === 'cost'
        ? cost.mutateAsync({ periodId, amountOre: ore })
        : rate.mutateAsync({ dailyRateOre: ore });
    },
    onSuccess: () => {
      setAmount('');
      setMessage(t(kind === 'cost' ? 'costSaved' : 'rateSaved'));
    },
  });
  return (
    <Form form={form} className="form governance-inline" aria-label={label}>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.Text
        path={path}
        label={label}
        inputMode="decimal"
        required
        {...bindValue(amount, setAmount)}
      />
      <Form.Actions submitLabel={t(kind === 'cost' ? 'costSubmit' : 'rateSubmit')} />
    </Form>
  );
}
