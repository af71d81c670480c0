import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { looksLikeIdentityNumber } from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { EMERGENCY_ROLES, hasRole, mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { PersonSearchResults } from './PersonSearchResults';
import { RegisterReserveSection } from '../identity/RegisterReserveSection';
import { RegisterPersonSection } from './RegisterPersonSection';

/** Client-side version of the server's rule, so an obviously short query is not sent. */
function searchTextError(text: string): 'empty' | 'short' | null {
  const trimmed = text.trim();
  if (!trimmed) return 'empty';
  if (looksLikeIdentityNumber(trimmed)) return null;
  return trimmed.split(/\s+/).some((w) => w.length < 2) ? 'short' : null;
}

/** Find a person by number or name; register a person at one's own unit. */
export function PersonSearchPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);

  // Follow the address (back/forward) without an effect: adjust state while rendering.
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setText(q);
  }

  // A search box: the message stands beside the field, which keeps focus; no summary.
  const form = useFormSubmit({
    check: (): Errors => {
      const problem = searchTextError(text);
      if (!problem) return {};
      return { q: problem === 'empty' ? t('search.errorEmpty') : t('fieldErrors.searchTooShort') };
    },
    send: async () => setParams({ q: text.trim() }),
  });

  return (
    <>
      <PageHeading title={t('search.title')}>{t('search.title')}</PageHeading>
      <Form
        form={form}
        role="search"
        className="search-form card"
        aria-label={t('search.formLabel')}
      >
        <Form.Text
          label={t('search.label')}
          hint={t('search.hint')}
          type="search"
          name="q"
          path="q"
          autoComplete="off"
          spellCheck={false}
          {...bindValue(text, setText)}
          className="field-grow"
        />
        <button type="submit" className="button button-primary">
          {t('search.submit')}
        </button>
      </Form>

      {q && <PersonSearchResults q={q} />}

      {mayWorkWithPersons(me) && (
        <>
          <RegisterPersonSection initialNumber={looksLikeIdentityNumber(q) ? q : ''} />
          <RegisterReserveSection />
          <aside className="card card-muted" aria-labelledby="not-found-help">
            <h2 id="not-found-help">{t('search.helpHeading')}</h2>
            <p>{t('search.helpText')}</p>
            {hasRole(me, EMERGENCY_ROLES) && (
              <p>
                <Link to="/emergency-access">{t('search.emergencyLink')}</Link>
              </p>
            )}
          </aside>
        </>
      )}
    </>
  );
}
