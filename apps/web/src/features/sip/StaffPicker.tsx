import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Form } from '../../components/form';
import type { KnownStaff } from './helpers';
import { useSipT } from './i18n';
import { useStaffDirectory } from './queries';

const DEBOUNCE_MS = 300;

const placeOf = (...parts: (string | null)[]) => parts.filter(Boolean).join(', ') || null;

/**
 * Chooses a staff member by account: before anything is typed it offers the staff this SIP
 * already knows, then searches the staff directory (name or unit words). Results are buttons
 * ("Name — Unit, Organisation"); arrow keys move between the search field and the results,
 * and the choice is announced.
 */
export function StaffPicker({
  id,
  label,
  hint,
  error,
  selected,
  suggestions = [],
  exclude = [],
  onSelect,
  onClear,
  path,
}: {
  id?: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** The current choice, shown above the search with a button to clear it. */
  selected?: { staffId?: string | null; name: string } | null;
  suggestions?: readonly KnownStaff[];
  /** Staff ids not to offer (already chosen or invited). */
  exclude?: readonly string[];
  onSelect: (staff: KnownStaff) => void;
  onClear?: () => void;
  /** The form's path for the choice: its error shows here, and the summary links here. */
  path?: string;
}) {
  const { t } = useSipT();
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const directory = useStaffDirectory(query);

  const searching = query.length >= 2;
  const found: KnownStaff[] = searching
    ? (directory.data ?? []).map((s) => ({
        staffId: s.id,
        name: s.name,
        place: placeOf(s.unitName, s.organisationName),
      }))
    : [...suggestions];
  const results = found.filter(
    (s) => !exclude.includes(s.staffId) && s.staffId !== selected?.staffId,
  );

  const choose = (staff: KnownStaff) => {
    onSelect(staff);
    setText('');
    setQuery('');
    setAnnouncement(t('staffPicker.chosen', { name: staff.name }));
    inputRef.current?.focus();
  };

  /** Arrow keys move between the search field and the result buttons; Escape goes back. */
  const move = (event: KeyboardEvent<HTMLElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = buttons[at + 1];
    else if (event.key === 'ArrowUp')
      next = at > 0 ? buttons[at - 1] : (inputRef.current ?? undefined);
    else if (event.key === 'Escape' && at >= 0) next = inputRef.current ?? undefined;
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  const status = searching
    ? directory.isFetching
      ? t('staffPicker.searching')
      : t('staffPicker.found', { count: results.length })
    : '';

  return (
    <div className="staff-picker">
      {selected && (
        <p className="staff-picker-selected">
          {t('staffPicker.selected', { name: selected.name })}{' '}
          {onClear && (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                onClear();
                setAnnouncement(t('staffPicker.cleared'));
                inputRef.current?.focus();
              }}
            >
              {t('staffPicker.clear')}
              <span className="visually-hidden"> {selected.name}</span>
            </button>
          )}
        </p>
      )}
      <Form.Text
        ref={inputRef}
        id={id}
        type="search"
        label={label}
        hint={hint ?? t('staffPicker.hint')}
        error={error}
        autoComplete="off"
        path={path}
        aria-controls={listId}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setAnnouncement('');
        }}
        onKeyDown={move}
      />
      <ul id={listId} ref={listRef} className="staff-picker-results" onKeyDown={move}>
        {results.map((s) => (
          <li key={s.staffId}>
            <button type="button" className="button button-small" onClick={() => choose(s)}>
              {s.place ? `${s.name} — ${s.place}` : s.name}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="field-hint">
        {announcement || status}
      </p>
    </div>
  );
}
