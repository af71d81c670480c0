import { useState, type FormEvent } from 'react';
import type { AccessGround, AccessLogRow, LogPerson, Person } from '@vardflata/contracts';
import { looksLikeIdentityNumber, parseIdentityNumber } from '@vardflata/domain';
import { api } from '../../api';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
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
  const [personError, setPersonError] = useState<string>();
  const [dateErrors, setDateErrors] = useState<{ from?: string; to?: string }>({});
  const [busy, setBusy] = useState(false);

  const ownUnits = organisations.data?.find((o) => o.id === me.organisation?.id)?.units ?? [];
  const users = new Map<string, string>();
  for (const row of rows) if (row.userId) users.set(row.userId, row.userName ?? row.userId);
  if (draft.userId && !users.has(draft.userId))
    users.set(draft.userId, t('logReview.selectedUser'));

  const set = <K extends keyof LogFilter>(key: K, value: LogFilter[K]) =>
    setDraft((d) => ({ ...d, [key]: value || undefined }));

  /** A number (or a pasted person id) becomes the person id the log is filtered on. */
  const resolvePerson = async (): Promise<string | undefined | null> => {
    const text = personText.trim();
    if (!text) return draft.personId;
    if (UUID.test(text)) return text;
    if (!looksLikeIdentityNumber(text)) {
      setPersonError(t('logReview.personNeedsNumber'));
      return null;
    }
    const parsed = parseIdentityNumber(text, todayInStockholm());
    if (!parsed.ok) {
      setPersonError(t(`pin.errors.${parsed.error}`));
      return null;
    }
    const found = await api.get<Items<Person>>('/api/persons', { q: parsed.value.normalized });
    const match = found.items.find((p) => p.personalIdentityNumber === parsed.value.normalized);
    if (!match) {
      setPersonError(t('logReview.personNotFound'));
      return null;
    }
    return match.id;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPersonError(undefined);
    const from = draft.from?.trim() || undefined;
    const to = draft.to?.trim() || undefined;
    const errors: { from?: string; to?: string } = {};
    if (from && !isIsoDate(from)) errors.from = t('fieldErrors.date');
    if (to && !isIsoDate(to)) errors.to = t('fieldErrors.date');
    else if (from && to && !errors.from && from > to) errors.to = t('logReview.periodOrder');
    setDateErrors(errors);
    if (errors.from || errors.to) {
      document.querySelector<HTMLElement>(`[name="${errors.from ? 'from' : 'to'}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const personId = await resolvePerson();
      if (personId === null) {
        document.querySelector<HTMLElement>('[name="personNumber"]')?.focus();
        return;
      }
      setPersonText('');
      onApply({ ...draft, from, to, personId });
    } catch {
      setPersonError(t('logReview.personNotFound'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card form filters"
      onSubmit={submit}
      noValidate
      aria-labelledby="log-filter-heading"
    >
      <h2 id="log-filter-heading">{t('logReview.filterHeading')}</h2>
      <div className="filter-grid">
        {draft.personId ? (
          <PersonFilterValue
            person={person?.id === draft.personId ? person : undefined}
            onClear={() => onApply({ ...draft, personId: undefined })}
          />
        ) : (
          <TextField
            label={t('logReview.person')}
            hint={t('logReview.personHint')}
            name="personNumber"
            inputMode="numeric"
            autoComplete="off"
            value={personText}
            error={personError}
            onChange={(e) => setPersonText(e.target.value)}
          />
        )}
        <SelectField
          label={t('logReview.user')}
          hint={t('logReview.userHint')}
          name="userId"
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
        </SelectField>
        <SelectField
          label={t('common.unit')}
          name="unitId"
          value={draft.unitId ?? ''}
          onChange={(e) => set('unitId', e.target.value)}
        >
          <option value="">{t('logReview.allUnits')}</option>
          {ownUnits.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('logReview.ground')}
          name="ground"
          value={draft.ground ?? ''}
          onChange={(e) => set('ground', e.target.value as AccessGround)}
        >
          <option value="">{t('logReview.allGrounds')}</option>
          {GROUNDS.map((g) => (
            <option key={g} value={g}>
              {t(`grounds.${g}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('logReview.outcome')}
          name="outcome"
          value={draft.outcome ?? ''}
          onChange={(e) => set('outcome', e.target.value as 'allowed' | 'denied')}
        >
          <option value="">{t('logReview.allOutcomes')}</option>
          <option value="allowed">{t('outcomes.allowed')}</option>
          <option value="denied">{t('outcomes.denied')}</option>
        </SelectField>
        <TextField
          label={t('logReview.from')}
          hint={t('common.dateHint')}
          name="from"
          inputMode="numeric"
          autoComplete="off"
          value={draft.from ?? ''}
          error={dateErrors.from}
          onChange={(e) => set('from', e.target.value)}
        />
        <TextField
          label={t('logReview.to')}
          hint={t('common.dateHint')}
          name="to"
          inputMode="numeric"
          autoComplete="off"
          value={draft.to ?? ''}
          error={dateErrors.to}
          onChange={(e) => set('to', e.target.value)}
        />
      </div>
      <CheckboxField
        label={t('includeOwnReviews')}
        hint={t('includeOwnReviewsHint')}
        name="includeOwnReviews"
        checked={draft.includeOwnReviews === 'true'}
        onChange={(e) => set('includeOwnReviews', e.target.checked ? 'true' : undefined)}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('logReview.apply')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setPersonText('');
            setPersonError(undefined);
            onApply({});
          }}
        >
          {t('logReview.clear')}
        </button>
      </div>
    </form>
  );
}
