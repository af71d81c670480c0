import { useState } from 'react';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { isIsoDate } from '../../lib/format';
import { useIndicatorsT } from './i18n';
import type { DashboardParams } from './queries';

type Period = Pick<DashboardParams, 'from' | 'to' | 'step'>;

/** The period and the trend's step; the page re-mounts it (key) when the address changes. */
export function PeriodForm({ value, onApply }: { value: Period; onApply: (p: Period) => void }) {
  const { t } = useIndicatorsT();
  const [draft, setDraft] = useState<Period>(value);
  const form = useFormSubmit({
    check: (): Errors =>
      isIsoDate(draft.from) && isIsoDate(draft.to) && draft.from > draft.to
        ? { to: t('period.order') }
        : {},
    send: async () => draft,
    onSuccess: (p) => onApply(p),
  });
  return (
    <Form form={form} className="card form filters" aria-labelledby="period-heading">
      <h2 id="period-heading">{t('period.heading')}</h2>
      <Form.Alerts />
      <div className="filter-grid">
        <Form.Date
          path="from"
          label={t('period.from')}
          required
          {...bindValue(draft.from, (v: string) => setDraft((d) => ({ ...d, from: v })))}
        />
        <Form.Date
          path="to"
          label={t('period.to')}
          required
          {...bindValue(draft.to, (v: string) => setDraft((d) => ({ ...d, to: v })))}
        />
        <Form.Select
          path="step"
          label={t('period.step')}
          value={draft.step}
          onChange={(e) => setDraft((d) => ({ ...d, step: e.target.value as Period['step'] }))}
        >
          {(['month', 'quarter', 'year'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`period.${s}`)}
            </option>
          ))}
        </Form.Select>
      </div>
      <Form.Actions submitLabel={t('period.show')} />
    </Form>
  );
}
