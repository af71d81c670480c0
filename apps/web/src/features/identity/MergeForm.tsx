import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { MergePreview, Person } from '@vardflata/contracts';
import { parseIdentityNumber } from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { formatPin, todayInStockholm } from '../../lib/format';
import { useTranslation } from 'react-i18next';
import { personName } from '../persons/personName';
import { useIdentityT } from './i18n';
import { findByNumber, previewMerge, useMerge } from './queries';

type Found = { person: Person; preview: MergePreview } | 'not-found' | null;

/**
 * The merge (decision 0019-b) in two steps: the real person's number, then a confirmation that
 * says what will move and which conflicts are resolved, before anything is written.
 */
export function MergeForm({ reserve, onCancel }: { reserve: Person; onCancel: () => void }) {
  const { t } = useIdentityT();
  const common = useTranslation().t;
  const navigate = useNavigate();
  const merge = useMerge(reserve.id);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [number, setNumber] = useState('');
  const [found, setFound] = useState<Found>(null);

  const find = useFormSubmit({
    check: () => {
      const found: Errors = {};
      if (!parseIdentityNumber(number, todayInStockholm()).ok) {
        found.number = t('merge.errors.number');
      }
      return found;
    },
    send: async (): Promise<Found> => {
      const parsed = parseIdentityNumber(number, todayInStockholm());
      const normalized = parsed.ok ? parsed.value.normalized : number;
      const person = (await findByNumber(normalized)).find(
        (p) => p.personalIdentityNumber === normalized,
      );
      if (!person) return 'not-found';
      return { person, preview: await previewMerge(reserve.id, person.id) };
    },
    onSuccess: (result) => {
      setFound(result);
      if (result !== 'not-found') setTimeout(() => confirmRef.current?.focus());
    },
  });

  const confirm = useFormSubmit({
    check: () => ({}),
    send: () => merge.mutateAsync((found as { person: Person }).person.id),
    onSuccess: (result) => navigate(`/persons/${result.intoPersonId}`, { state: { merged: true } }),
  });

  return (
    <div className="inline-panel" data-testid="merge-form">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('merge.heading')}
      </h3>
      <p>{t('merge.intro')}</p>
      <Form form={find} aria-labelledby={headingId}>
        <Form.Alerts />
        <Form.Text
          path="number"
          label={t('merge.number')}
          hint={t('merge.numberHint')}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          required
          className="field-medium"
          {...bindValue(number, (v) => {
            setNumber(v);
            setFound(null);
          })}
        />
        <Form.Actions submitLabel={t('merge.find')} cancel={{ onClick: onCancel }} />
      </Form>
      {found === 'not-found' && (
        <div className="alert alert-warning" role="status">
          <p>{t('merge.notFound')}</p>
          <p>
            <Link to={`/persons?q=${encodeURIComponent(number)}`}>{t('merge.registerFirst')}</Link>
          </p>
        </div>
      )}
      {found && found !== 'not-found' && (
        <section aria-labelledby={`${headingId}-confirm`} data-testid="merge-confirm">
          <h3 id={`${headingId}-confirm`} ref={confirmRef} tabIndex={-1}>
            {t('merge.confirmHeading')}
          </h3>
          <p>
            {t('merge.confirmIntro', {
              name: personName(common, found.person),
              number: formatPin(found.person.personalIdentityNumber),
            })}
          </p>
          {found.preview.moves.length === 0 ? (
            <p>{t('merge.nothing')}</p>
          ) : (
            <>
              <p>{t('merge.moves')}</p>
              <ul>
                {found.preview.moves.map((m) => (
                  <li key={m.table}>
                    {t(`tables.${m.table}`)}: {m.count}
                  </li>
                ))}
              </ul>
            </>
          )}
          {found.preview.conflicts.length > 0 && (
            <>
              <p>{t('merge.conflicts')}</p>
              <ul>
                {found.preview.conflicts.map((c) => (
                  <li key={c.table}>{t(`merge.conflict.${c.table}`, { count: c.count })}</li>
                ))}
              </ul>
            </>
          )}
          <Form form={confirm} aria-labelledby={`${headingId}-confirm`}>
            <Form.Alerts />
            <Form.Actions
              submitLabel={t('merge.confirm')}
              cancel={{ onClick: () => setFound(null) }}
            />
          </Form>
        </section>
      )}
    </div>
  );
}
