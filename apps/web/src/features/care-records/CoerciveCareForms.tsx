import { useEffect, useId, useRef, useState } from 'react';
import type { CoerciveCareProcess, CoerciveCareStepState } from '@vardflata/contracts';
import {
  COERCIVE_CARE_KINDS,
  COERCIVE_CARE_LABELS,
  type CoerciveCareKind,
} from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { todayInStockholm } from '../../lib/format';
import { useCareT } from './i18n';
import { useRecordCoerciveCareStep, useStartCoerciveCare } from './queries';

/** Starts an LVM or LVU process from the report (social services). */
export function StartCoerciveCareForm({
  personId,
  onCancel,
  onDone,
}: {
  personId: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t, text } = useCareT();
  const start = useStartCoerciveCare(personId);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [kind, setKind] = useState<CoerciveCareKind | ''>('');
  const [reportedOn, setReportedOn] = useState(todayInStockholm());
  const [note, setNote] = useState('');
  const form = useFormSubmit({
    check: (): Errors => (kind ? {} : { kind: t('coerciveCare.errors.kind') }),
    send: () =>
      start.mutateAsync({
        kind: kind as CoerciveCareKind,
        reportedOn: reportedOn.trim(),
        note: note.trim() || null,
      }),
    onSuccess: onDone,
  });
  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('coerciveCare.startHeading')}
      </h3>
      <Form.Alerts />
      <Form.Choices<CoerciveCareKind>
        type="radio"
        name="kind"
        path="kind"
        requiredMark
        label={t('coerciveCare.fields.kind')}
        options={COERCIVE_CARE_KINDS.map((value) => ({
          value,
          label: text(COERCIVE_CARE_LABELS.kind[value]),
        }))}
        value={kind ? [kind] : []}
        onChange={(v) => setKind(v[0] ?? '')}
      />
      <Form.Date
        path="reportedOn"
        label={t('coerciveCare.fields.reportedOn')}
        required
        max={todayInStockholm()}
        {...bindValue(reportedOn, setReportedOn)}
      />
      <Form.TextArea
        path="note"
        label={t('coerciveCare.fields.note')}
        limit={2000}
        {...bindValue(note, setNote)}
      />
      <Form.Actions submitLabel={t('coerciveCare.startSubmit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}

/** Records one step of the checklist as done, on a date. */
export function RecordStepForm({
  process,
  step,
  onCancel,
  onDone,
}: {
  process: CoerciveCareProcess;
  step: CoerciveCareStepState;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t, text } = useCareT();
  const record = useRecordCoerciveCareStep(process.personId, process.id, step.step);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [doneOn, setDoneOn] = useState(todayInStockholm());
  const [note, setNote] = useState('');
  const form = useFormSubmit({
    send: () => record.mutateAsync({ doneOn: doneOn.trim(), note: note.trim() || null }),
    onSuccess: onDone,
  });
  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('coerciveCare.recordHeading', { step: text(COERCIVE_CARE_LABELS.step[step.step]) })}
      </h4>
      <Form.Alerts />
      <Form.Date
        path="doneOn"
        label={t('coerciveCare.fields.doneOn')}
        required
        min={process.startedOn}
        max={todayInStockholm()}
        {...bindValue(doneOn, setDoneOn)}
      />
      <Form.TextArea
        path="note"
        label={t('coerciveCare.fields.note')}
        limit={2000}
        {...bindValue(note, setNote)}
      />
      <Form.Actions submitLabel={t('coerciveCare.recordSubmit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}
