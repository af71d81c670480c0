import { useState } from 'react';
import { NEEDS_LABELS, NEEDS_PRINCIPALS } from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { isIsoDate } from '../../lib/format';
import { useNeedsT } from './i18n';
import type { NeedsParams } from './queries';

/** The range, the principal and the trend's step; the page re-mounts it when the address changes. */
export function NeedsForm({
  value,
  onApply,
}: {
  value: NeedsParams;
  onApply: (p: NeedsParams) => void;
}) {
  const { t, text } = useNeedsT();
  const [draft, setDraft] = useState<NeedsParams>(value);
  const form = useFormSubmit({
    check: (): Errors =>
      isIsoDate(draft.from) && isIsoDate(draft.to) && draft.from > draft.to
        ? { to: t('form.order') }
        : {},
    send: async () => draft,
    onSuccess: (p) => onApply(p),
  });
  return (
    <Form form={form} className="card form filters" aria-labelledby="needs-form-heading">
      <h2 id="needs-form-heading">{t('form.heading')}</h2>
      <Form.Alerts />
      <div className="filter-grid">
        <Form.Date
          path="from"
          label={t('form.from')}
          required
          {...bindValue(draft.from, (v: string) => setDraft((d) => ({ ...d, from: v })))}
        />
        <Form.Date
          path="to"
          label={t('form.to')}
          required
          {...bindValue(draft.to, (v: string) => setDraft((d) => ({ ...d, to: v })))}
        />
        <Form.Select
          path="principal"
          label={t('form.principal')}
          value={draft.principal}
          onChange={(e) =>
            setDraft((d) => ({ ...d, principal: e.target.value as NeedsParams['principal'] }))
          }
        >
          {NEEDS_PRINCIPALS.map((p) => (
            <option key={p} value={p}>
              {text(NEEDS_LABELS.principal[p])}
            </option>
          ))}
        </Form.Select>
        <Form.Select
          path="step"
          label={t('form.step')}
          value={draft.step}
          onChange={(e) => setDraft((d) => ({ ...d, step: e.target.value as NeedsParams['step'] }))}
        >
          {(['month', 'quarter', 'year'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`form.${s}`)}
            </option>
          ))}
        </Form.Select>
      </div>
      <Form.Actions submitLabel={t('form.show')} />
    </Form>
  );
}
