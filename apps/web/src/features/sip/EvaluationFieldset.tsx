import { Form, type Choice } from '../../components/form';

/** One goal's or one intervention's evaluation as the form holds it. */
export interface EvaluationRow<S extends string> {
  status: S | '';
  note: string;
  reason?: string;
}

/** A text that goes with the evaluation: the note, or the reason an intervention has not started. */
export interface EvaluationText {
  field: 'note' | 'reason';
  label: string;
  required?: boolean;
}

/**
 * The evaluation of one goal or one intervention at a follow-up: its status as radio buttons
 * and the texts that go with it, in a fieldset named by the goal or intervention itself.
 * Paths: `<path>.status`, `<path>.note`, `<path>.reason` (as the domain rules name them).
 */
export function EvaluationFieldset<S extends string>({
  legend,
  path,
  name,
  statusLabel,
  options,
  row,
  texts,
  onChange,
}: {
  legend: string;
  path: string;
  name: string;
  statusLabel: string;
  options: readonly Choice<S>[];
  row: EvaluationRow<S>;
  texts: readonly EvaluationText[];
  onChange: (patch: Partial<EvaluationRow<S>>) => void;
}) {
  return (
    <Form.Fieldset path={path} label={legend} className="plan-item evaluation" group>
      {() => (
        <>
          <Form.Choices
            type="radio"
            name={name}
            path={`${path}.status`}
            label={statusLabel}
            inline
            options={options}
            value={row.status ? [row.status] : []}
            onChange={([s]) => onChange({ status: s ?? '' })}
          />
          {texts.map((text) => (
            <Form.TextArea
              key={text.field}
              path={`${path}.${text.field}`}
              label={text.label}
              rows={2}
              limit={4000}
              requiredMark={text.required}
              value={row[text.field] ?? ''}
              onChange={(e) =>
                onChange({ [text.field]: e.target.value } as Partial<EvaluationRow<S>>)
              }
            />
          ))}
        </>
      )}
    </Form.Fieldset>
  );
}
