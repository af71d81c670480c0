import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { TextField } from '../../components/Field';
import { useStartT } from './i18n';

/** A person search that opens the Persons page with the result. */
export function QuickSearch() {
  const { t } = useStartT();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('search.required'));
      return;
    }
    navigate(`/persons?q=${encodeURIComponent(text.trim())}`);
  };
  return (
    <form className="start-search" role="search" onSubmit={submit} noValidate>
      <TextField
        label={t('search.label')}
        hint={t('search.hint')}
        name="q"
        autoComplete="off"
        value={text}
        error={error}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="button button-primary">
        {t('search.submit')}
      </button>
    </form>
  );
}
