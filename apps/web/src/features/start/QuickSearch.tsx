import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { useStartT } from './i18n';

/** A person search that opens the Persons page with the result. */
export function QuickSearch() {
  const { t } = useStartT();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const form = useFormSubmit({
    check: (): Errors => (text.trim() ? {} : { q: t('search.required') }),
    send: async () => text.trim(),
    onSuccess: (q) => navigate(`/persons?q=${encodeURIComponent(q)}`),
  });
  return (
    <Form form={form} className="start-search" role="search">
      <Form.Text
        path="q"
        label={t('search.label')}
        hint={t('search.hint')}
        autoComplete="off"
        {...bindValue(text, setText)}
      />
      <button type="submit" className="button button-primary">
        {t('search.submit')}
      </button>
    </Form>
  );
}
