import { useEffect, useId, useRef, useState } from 'react';
import type { InterventionRecord } from '@vardflata/contracts';
import {
  INTERVENTION_LABELS,
  INTERVENTION_OUTCOMES,
  type InterventionOutcome,
} from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { todayInStockholm } from '../../lib/format';
import { useCareT } from './i18n';
import { useEndIntervention } from './queries';

/** Ends an intervention with its outcome (F5). */
export function EndInterventionForm({
  intervention,
  onCancel,
  onDone,
}: {
  intervention: InterventionRecord;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t, text } = useCareT();
  const end = useEndIntervention(intervention.personId, intervention.id);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [endOn, setEndOn] = useState(todayInStockholm());
  const [outcome, setOutcome] = useState<InterventionOutcome | ''>('');
  const [note, setNote] = useState('');
  const form = useFormSubmit({
    check: (): Errors => (outcome ? {} : { outcome: t('interventions.errors.outcome') }),
    send: () =>
      end.mutateAsync({
        endOn: endOn.trim(),
        outcome: outcome as InterventionOutcome,
        outcomeNote: note.trim() || null,
      }),
    onSuccess: onDone,
  });
  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('interventions.endHeading')}: {text(INTERVENTION_LABELS.category[intervention.category])}
      </h3>
      <Form.Alerts />
      <Form.Date
        path="endOn"
        label={t('interventions.fields.endOn')}
        required
        min={intervention.startOn}
        {...bindValue(endOn, setEndOn)}
      />
      <Form.Choices<InterventionOutcome>
        type="radio"
        name="outcome"
        path="outcome"
        requiredMark
        label={t('interventions.fields.outcome')}
        options={INTERVENTION_OUTCOMES.map((value) => ({
          value,
          label: text(INTERVENTION_LABELS.outcome[value]),
        }))}
        value={outcome ? [outcome] : []}
        onChange={(v) => setOutcome(v[0] ?? '')}
      />
      <Form.TextArea
        path="outcomeNote"
        label={t('interventions.fields.outcomeNote')}
        limit={2000}
        {...bindValue(note, setNote)}
      />
      <Form.Actions submitLabel={t('interventions.endSubmit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}
