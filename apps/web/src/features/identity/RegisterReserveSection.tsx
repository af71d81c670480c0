import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Sex } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { focusLater } from '../../lib/focus';
import { useMe } from '../auth/session';
import { useIdentityT } from './i18n';
import { useRegisterReserve } from './queries';

/**
 * "Register with a reserve number" (decision 0019-b): for a person whose personnummer is not
 * known. Only what is known is asked; the birth year may be an estimate (it goes into the
 * number). The person's page then shows it is a reserve identity, with the merge.
 */
export function RegisterReserveSection() {
  const { t } = useIdentityT();
  const common = useTranslation().t;
  const me = useMe();
  const navigate = useNavigate();
  const register = useRegisterReserve();
  const formId = useId();
  const openButton = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [sex, setSex] = useState<Sex | ''>('');
  const [birthYear, setBirthYear] = useState('');
  const [note, setNote] = useState('');

  const form = useFormSubmit({
    id: `${formId}-form`,
    check: () => {
      const found: Errors = {};
      if (!sex) found.sex = t('register.errors.sex');
      const year = Number(birthYear.trim());
      if (!/^\d{4}$/.test(birthYear.trim()) || year < 1900 || year > 2100) {
        found.birthYear = t('register.errors.birthYear');
      }
      return found;
    },
    send: () =>
      register.mutateAsync({
        ...(givenName.trim() ? { givenName: givenName.trim() } : {}),
        ...(familyName.trim() ? { familyName: familyName.trim() } : {}),
        sex: sex as Sex,
        birthYear: Number(birthYear.trim()),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: (created) => navigate(`/persons/${created.id}`, { state: { registered: true } }),
  });

  return (
    <section aria-labelledby={`${formId}-heading`} className="card" data-testid="register-reserve">
      <h2 id={`${formId}-heading`}>{t('register.heading')}</h2>
      <p>{t('register.intro', { unit: me.unit?.name ?? '—' })}</p>
      {!open ? (
        <button
          ref={openButton}
          type="button"
          className="button"
          aria-expanded={false}
          onClick={() => {
            setOpen(true);
            setTimeout(() =>
              document
                .getElementById(`${formId}-form`)
                ?.querySelector<HTMLElement>('input')
                ?.focus(),
            );
          }}
        >
          {t('register.open')}
        </button>
      ) : (
        <Form form={form} aria-labelledby={`${formId}-heading`}>
          <Form.Alerts />
          <div className="field-row">
            <Form.Text
              path="givenName"
              label={t('register.givenName')}
              autoComplete="off"
              maxLength={200}
              {...bindValue(givenName, setGivenName)}
            />
            <Form.Text
              path="familyName"
              label={t('register.familyName')}
              autoComplete="off"
              maxLength={200}
              {...bindValue(familyName, setFamilyName)}
            />
          </div>
          <Form.Choices<Sex>
            type="radio"
            name="reserve-sex"
            path="sex"
            inline
            requiredMark
            label={t('register.sex')}
            hint={t('register.sexHint')}
            options={(['female', 'male', 'unknown'] as const).map((value) => ({
              value,
              label: common(`sex.${value}`),
            }))}
            value={sex ? [sex] : []}
            onChange={(v) => setSex(v[0] ?? '')}
          />
          <Form.Text
            path="birthYear"
            label={t('register.birthYear')}
            hint={t('register.birthYearHint')}
            inputMode="numeric"
            autoComplete="off"
            required
            className="field-short"
            {...bindValue(birthYear, setBirthYear)}
          />
          <Form.TextArea
            path="note"
            label={t('register.note')}
            hint={t('register.noteHint')}
            limit={2000}
            {...bindValue(note, setNote)}
          />
          <Form.Actions
            submitLabel={t('register.submit')}
            cancel={{
              onClick: () => {
                setOpen(false);
                focusLater(openButton);
              },
            }}
          />
        </Form>
      )}
    </section>
  );
}
