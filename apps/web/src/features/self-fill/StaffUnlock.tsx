import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from '@tanstack/react-query';
import type { SelfFillHandback } from '@vardflata/contracts';
import { api, isApiError } from '../../api';
import { TextField } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSession } from '../auth/session';
import { useSelfFillT } from './i18n';
import { setHandback, setSelfFillLock } from './lock';

const formPath = (h: SelfFillHandback) =>
  `/persons/${encodeURIComponent(h.personId)}/screenings/${h.instrument.toLowerCase()}`;

/**
 * The way back: only the staff member's password unlocks the session (checked and throttled by
 * the server); then her form gets the person's answers.
 */
export function StaffUnlock() {
  const { t } = useSelfFillT();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const field = useRef<HTMLInputElement>(null);
  const unlock = useMutation({
    mutationFn: (pw: string) => api.post<SelfFillHandback>('/api/self-fill/end', { password: pw }),
    onSuccess: async (handback) => {
      // The form's address first and the session restored, then the lock lifts: the staff
      // member's form appears at once, with the answers.
      setHandback(handback);
      navigate(formPath(handback), { replace: true });
      await refresh();
      setSelfFillLock(null);
    },
    onError: (e) => {
      setPassword('');
      if (isApiError(e) && e.status === 403) setError(t('staff.wrong'));
      field.current?.focus();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!password) {
      setError(t('staff.required'));
      field.current?.focus();
      return;
    }
    setError(undefined);
    unlock.mutate(password);
  };

  return (
    <section className="card self-fill-staff" aria-labelledby="self-fill-staff-heading">
      <h2 id="self-fill-staff-heading">{t('staff.heading')}</h2>
      {!open ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => field.current?.focus());
          }}
        >
          {t('staff.open')}
        </button>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t('staff.intro')}</p>
          {unlock.isError && !(isApiError(unlock.error) && unlock.error.status === 403) && (
            <ProblemAlert error={unlock.error} shownFields={['password']} />
          )}
          <TextField
            ref={field}
            type="password"
            name="password"
            autoComplete="current-password"
            label={t('staff.password')}
            className="field-medium"
            value={password}
            error={error}
            onChange={(e) => setPassword(e.target.value)}
          />
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={unlock.isPending}>
              {t('staff.submit')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                setPassword('');
                setError(undefined);
              }}
            >
              {t('staff.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
