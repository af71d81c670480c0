import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/errors';

/** "Rename" for an organisation or a unit: a button that opens a one-field form in place. */
export function InlineRename({
  current,
  save,
  pending,
  error,
}: {
  current: string;
  save: (name: string, done: () => void) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(current);
  const [clientError, setClientError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);

  const close = () => {
    setEditing(false);
    setTimeout(() => button.current?.focus());
  };

  if (!editing) {
    return (
      <button
        ref={button}
        type="button"
        className="button button-small"
        onClick={() => {
          setName(current);
          setClientError(undefined);
          setEditing(true);
        }}
      >
        {t('admin.rename')}
        <span className="visually-hidden"> {current}</span>
      </button>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setClientError(t('fieldErrors.required'));
      return;
    }
    setClientError(undefined);
    save(name.trim(), close);
  };

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <ProblemAlert error={error} shownFields={['name']} />
      <TextField
        ref={input}
        label={t('admin.newNameFor', { name: current })}
        name="name"
        required
        value={name}
        error={clientError ?? fieldError(t, error, 'name')}
        onChange={(e) => setName(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button button-primary button-small" disabled={pending}>
          {t('common.save')}
        </button>
        <button type="button" className="button button-small" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
