import { useState } from 'react';
import type { AccessGround, AccessLogRow, LogPerson, Person } from '@vardflata/contracts';
import { looksLikeIdentityNumber, parseIdentityNumber } from '@vardflata/domain';
import { api } from '../../api';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { formatPin, isIsoDate, todayInStockholm } from '../../lib/format';
import { useOrganisations } from '../../lib/organisations';
import type { Items } from '../../lib/types';
import { useMe } from '../auth/session';
import { useLogReviewT } from './i18n';
import type { LogFilter } from './queries';

const GROUNDS: readonly AccessGround[] = [
  'care-relation',
  'consent',
  'sip',
  'emergency',
  'legal-ground',
  'own-organisation',
  'log-review',
  'administration',
  'none',
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The person the filter names, by name and number as the log review shows them (the review may
 * name persons the manager's unit has no relation with, so this does not read the person).
 */
function PersonFilterValue({
  person,
  onClear,
}: {
  person: LogPerson | null | undefined;
  onClear: () => void;
}) {
  const { t } = useLogReviewT();
  return (
    <div className="field filter-chip-field">
      <span className="field-label" id="person-filter-label">
        {t('logReview.person')}
      </span>
      <div className="filter-chip" role="group" aria-labelledby="person-filter-label">
        <span data-testid="person-filter">
          {person ? (
            <>
              {person.name ?? t('protectedIdentity')}{' '}
              <span className="pin nowrap">({formatPin(person.personalIdentityNumber)})</span>
            </>
          ) : (
            t('common.loading')
          )}
        </span>{' '}
        <button type="button" className="button button-small" onClick={onClear}>
          {t('logReview.clearPerson')}
        </button>
      </div>
    </div>
  );
}

/**
 * The filter form. Its draft starts from the filter in the address; the page re-mounts it
 * (key) whenever the address changes, after back/forward or a click elsewhere on the page.
 */
export function LogFilters({
  filter,
  rows,
  person,
  onApply,
}: {
  filter: LogFilter;
  rows: readonly AccessLogRow[];
  /** The person filtered on, as the latest answer named them. */
  person: LogPerson | null | undefined;
  onApply: (filter: LogFilter) => void;
}) {
  const { t } = useLogReviewT();
  const me = useMe();
  const organisations = useOrganisations();
  const [draft, setDraft] = useState<LogFilter>(filter);
  const [personText, setPersonText] = useState('');

  const ownUnits = organisations.data?.find((o) => o.id === me.organisation?.id)?.units ?? [];
  const users = new Map<string, string>();
  for (const row of rows) if (row.userId) users.set(row.userId, row.userName ?? row.userId);
  if (draft.userId && !users.has(draft.userId))
    users.set(draft.userId, t('logReview.selectedUser'));

  const set = <K extends keyof LogFilter>(key: K, value: LogFilter[K]) =>
    setDraft((d) => ({ ...d, [key]: value || undefined }));
  const from = draft.from?.trim() || undefined;
  const to = draft.to?.trim() || undefined;

  /** A number (or a pasted person id) becomes the person id the log is filtered on. */
  const resolvePerson = async (): Promise<{ id: string | undefined } | { problem: string }> => {
    const text = personText.trim();
    if (!text) return { id: draft.personId };
    if (UUID.test(text)) return { id: text };
    if (!looksLikeIdentityNumber(text)) return { problem: t('logReview.personNeedsNumber') };
    const parsed = parseIdentityNumber(text, todayInStockholm());
    if (!parsed.ok) return { problem: t(`pin.errors.${parsed.error}`) };
    const found = await api.get<Items<Person>>('/api/persons', { q: parsed.value.normalized });
    const match = found.items.find((p) => p.personalIdentityNumber === parsed.value.normalized);
    return match ? { id: match.id } : { problem: t('logReview.personNotFound') };
  };

  const form = useFormSubmit({
    // The dates' own format is checked by their fields; the order of the two here.
    check: (): Errors =>
      from && to && isIsoDate(from) && isIsoDate(to) && from > to
        ? { to: t('logReview.periodOrder') }
        : {},
    send: resolvePerson,
    onSuccess: (resolved) => {
      if ('problem' in resolved) {
        form.showErrors({ personNumber: resolved.problem });
        return;
      }
      setPersonText('');
      onApply({ ...draft, from, to, personId: resolved.id });
    },
  });

  return (
    <Form form={form} className="card form filters" aria-labelledby="log-filter-heading">
      <h2 id="log-filter-heading">{t('logReview.filterHeading')}</h2>
      <Form.Alerts />
      <div className="filter-grid">
        {draft.personId ? (
          <PersonFilterValue
            person={person?.id === draft.personId ? person : undefined}
            onClear={() => onApply({ ...draft, personId: undefined })}
          />
        ) : (
          <Form.Text
            path="personNumber"
            label={t('logReview.person')}
            hint={t('logReview.personHint')}
            inputMode="numeric"
            autoComplete="off"
            {...bindValue(personText, setPersonText)}
          />
        )}
        <Form.Select
          path="userId"
          label={t('logReview.user')}
          hint={t('logReview.userHint')}
          value={draft.userId ?? ''}
          onChange={(e) => set('userId', e.target.value)}
        >
          <option value="">{t('logReview.allUsers')}</option>
          {[...users.entries()]
            .sort((a, b) => a[1].localeCompare(b[1], 'sv'))
            .map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
        </Form.Select>
        <Form.Select
          path="unitId"
          label={t('common.unit')}
          value={draft.unitId ?? ''}
          onChange={(e) => set('unitId', e.target.value)}
        >
          <option value="">{t('logReview.allUnits')}</option>
          {ownUnits.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Form.Select>
        <Form.Select
          path="ground"
          label={t('logReview.ground')}
          value={draft.ground ?? ''}
          onChange={(e) => set('ground', e.target.value as AccessGround)}
        >
          <option value="">{t('logReview.allGrounds')}</option>
          {GROUNDS.map((g) => (
            <option key={g} value={g}>
              {t(`grounds.${g}`)}
            </option>
          ))}
        </Form.Select>
        <Form.Select
          path="outcome"
          label={t('logReview.outcome')}
          value={draft.outcome ?? ''}
          onChange={(e) => set('outcome', e.target.value as 'allowed' | 'denied')}
        >
          <option value="">{t('logReview.allOutcomes')}</option>
          <option value="allowed">{t('outcomes.allowed')}</option>
          <option value="denied">{t('outcomes.denied')}</option>
        </Form.Select>
        <Form.Date
          path="from"
          label={t('logReview.from')}
          {...bindValue(draft.from ?? '', (v: string) => set('from', v))}
        />
        <Form.Date
          path="to"
          label={t('logReview.to')}
          {...bindValue(draft.to ?? '', (v: string) => set('to', v))}
        />
      </div>
      <Form.Checkbox
        label={t('includeOwnReviews')}
        hint={t('includeOwnReviewsHint')}
        name="includeOwnReviews"
        checked={draft.includeOwnReviews === 'true'}
        onChange={(e) => set('includeOwnReviews', e.target.checked ? 'true' : undefined)}
      />
      <Form.Actions submitLabel={t('logReview.apply')}>
        <button
          type="button"
          className="button"
          onClick={() => {
            setPersonText('');
            form.reset();
            onApply({});
          }}
        >
          {t('logReview.clear')}
        </button>
      </Form.Actions>
    </Form>
  );
}
