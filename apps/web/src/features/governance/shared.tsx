import { useState } from 'react';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { useGovernanceT } from './i18n';

/** The server's personnummer refusal in the user's words; other messages as the kit says. */
export function useGovernanceServerErrors() {
  const { t } = useGovernanceT();
  return {
    message: (message: string) =>
      message.includes('personal identity number') ? t('deviations.personnummer') : message,
  };
}

/** One text and a submit: answering, closing, deciding. */
export function OneTextForm({
  id,
  heading,
  label,
  submitLabel,
  path,
  send,
  onDone,
}: {
  id: string;
  heading: string;
  label: string;
  submitLabel: string;
  path: string;
  send: (text: string) => Promise<unknown>;
  onDone?: () => void;
}) {
  const { t } = useGovernanceT();
  const server = useGovernanceServerErrors();
  const [text, setText] = useState('');
  const form = useFormSubmit({
    check: (): Errors => (text.trim() ? {} : { [path]: t('deviations.required') }),
    server,
    send: () => send(text.trim()),
    onSuccess: () => {
      setText('');
      onDone?.();
    },
  });
  return (
    <Form form={form} className="form governance-inline" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{heading}</h4>
      <Form.Alerts />
      <Form.TextArea
        path={path}
        label={label}
        rows={3}
        limit={4000}
        required
        {...bindValue(text, setText)}
      />
      <Form.Actions submitLabel={submitLabel} />
    </Form>
  );
}
