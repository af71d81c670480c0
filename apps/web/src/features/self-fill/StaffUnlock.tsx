import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from '@tanstack/react-query';
import type { SelfFillHandback } from '@vardflata/contracts';
import { api, isApiError } from '../../api';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
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
  const field = useRef<HTMLInputElement>(null);
  const unlock = useMutation({
    mutationFn: (pw: string) => api.post<SelfFillHandback>('/api/self-fill/end', { password: pw }),
    // A password that was refused is not left in the field.
    onError: () => setPassword(''),
  });
  const form = useFormSubmit({
    check: (): Errors => (password ? {} : { password: t('staff.required') }),
    send: () => unlock.mutateAsync(password),
    // A wrong password is said at the field; a refusal to try again (429) as the problem.
    server: { message: () => t('staff.wrong') },
    ownsProblem: (e) => isApiError(e) && e.status === 403,
    onSuccess: async (handback) => {
      // The form's address first and the session restored, then the lock lifts: the staff
      // member's form appears at once, with the answers.
      setHandback(handback);
      navigate(formPath(handback), { replace: true });
      await refresh();
      setSelfFillLock(null);
    },
  });

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
        <Form form={form} aria-labelledby="self-fill-staff-heading">
          <p>{t('staff.intro')}</p>
          <Form.Alerts />
          <Form.Text
            ref={field}
            type="password"
            path="password"
            autoComplete="current-password"
            label={t('staff.password')}
            className="field-medium"
            {...bindValue(password, setPassword)}
          />
          <Form.Actions
            submitLabel={t('staff.submit')}
            cancel={{
              onClick: () => {
                setOpen(false);
                setPassword('');
                form.reset();
              },
            }}
          />
        </Form>
      )}
    </section>
  );
}
