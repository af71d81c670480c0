import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';

/** "Rename" for an organisation or a unit: a button that opens a one-field form in place. */
export function InlineRename({
  current,
  save,
  onSaved,
}: {
  current: string;
  /** Sends the new name; a throw is the server's refusal, shown in the form. */
  save: (name: string) => Promise<unknown>;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(current);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const form = useFormSubmit({
    check: (): Errors => (name.trim() ? {} : { name: t('fieldErrors.required') }),
    send: () => save(name.trim()),
    onSuccess: () => {
      close();
      onSaved(name.trim());
    },
  });

  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);

  function close() {
    setEditing(false);
    setTimeout(() => button.current?.focus());
  }

  if (!editing) {
    return (
      <button
        ref={button}
        type="button"
        className="button button-small"
        onClick={() => {
          setName(current);
          form.reset();
          setEditing(true);
        }}
      >
        {t('admin.rename')}
        <span className="visually-hidden"> {current}</span>
      </button>
    );
  }

  return (
    <Form form={form} className="inline-form">
      <Form.Alerts />
      <Form.Text
        ref={input}
        label={t('admin.newNameFor', { name: current })}
        name="name"
        path="name"
        required
        {...bindValue(name, setName)}
      />
      <Form.Actions submitLabel={t('common.save')} cancel={{ onClick: close }} />
    </Form>
  );
}
