import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Sex } from '@vardflata/contracts';
import { parseIdentityNumber } from '@vardflata/domain';
import { CheckboxField, ChoiceGroup, TextField } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/errors';
import { focusLater } from '../../lib/focus';
import { todayInStockholm } from '../../lib/format';
import { useMe } from '../auth/session';
import { useRegisterPerson } from './queries';

type Errors = Partial<
  Record<'personalIdentityNumber' | 'givenName' | 'familyName' | 'sex', string>
>;
const FIELDS = ['personalIdentityNumber', 'givenName', 'familyName', 'sex'] as const;

/** "Register person at my unit": opens a care relation between the person and the caller's unit. */
export function RegisterPersonSection({ initialNumber }: { initialNumber: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const register = useRegisterPerson();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState(initialNumber);
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [sex, setSex] = useState<Sex | ''>('');
  const [protectedIdentity, setProtectedIdentity] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);

  const validate = (): Errors => {
    const next: Errors = {};
    const parsed = parseIdentityNumber(number, todayInStockholm());
    if (!number.trim()) next.personalIdentityNumber = t('fieldErrors.required');
    else if (!parsed.ok) next.personalIdentityNumber = t(`pin.errors.${parsed.error}`);
    if (!givenName.trim()) next.givenName = t('fieldErrors.required');
    if (!familyName.trim()) next.familyName = t('fieldErrors.required');
    if (!sex) next.sex = t('register.sexRequired');
    return next;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    register.reset();
    const firstInvalid = FIELDS.find((f) => found[f]);
    if (firstInvalid) {
      formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    const parsed = parseIdentityNumber(number, todayInStockholm());
    register.mutate(
      {
        personalIdentityNumber: parsed.ok ? parsed.value.normalized : number.trim(),
        givenName: givenName.trim(),
        familyName: familyName.trim(),
        sex: sex as Sex,
        ...(protectedIdentity ? { protectedIdentity: true } : {}),
      },
      {
        onSuccess: (person) => navigate(`/persons/${person.id}`, { state: { registered: true } }),
        onError: (error) => {
          // Focus the first field the server refused, else the alert is announced on its own.
          const path = FIELDS.find((f) => fieldError(t, error, f));
          if (path) formRef.current?.querySelector<HTMLElement>(`[name="${path}"]`)?.focus();
        },
      },
    );
  };

  const show = (field: (typeof FIELDS)[number]) =>
    errors[field] ?? fieldError(t, register.error, field);
  const invalidCount = FIELDS.filter((f) => errors[f]).length;

  return (
    <section aria-labelledby={`${formId}-heading`} className="card">
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
              formRef.current
                ?.querySelector<HTMLElement>('[name="personalIdentityNumber"]')
                ?.focus(),
            );
          }}
        >
          {t('register.open')}
        </button>
      ) : (
        <form id={`${formId}-form`} ref={formRef} className="form" onSubmit={submit} noValidate>
          <div role="alert" className={invalidCount ? 'alert alert-error' : undefined}>
            {invalidCount > 0 && <p>{t('register.fixErrors', { count: invalidCount })}</p>}
          </div>
          {register.isError && <ProblemAlert error={register.error} shownFields={FIELDS} />}
          <TextField
            label={t('register.number')}
            hint={t('register.numberHint')}
            name="personalIdentityNumber"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            required
            className="field-medium"
            value={number}
            error={show('personalIdentityNumber')}
            onChange={(e) => setNumber(e.target.value)}
            onBlur={() => {
              if (!number.trim()) return;
              const parsed = parseIdentityNumber(number, todayInStockholm());
              setErrors((prev) => ({
                ...prev,
                personalIdentityNumber: parsed.ok ? undefined : t(`pin.errors.${parsed.error}`),
              }));
            }}
          />
          <div className="field-row">
            <TextField
              label={t('register.givenName')}
              name="givenName"
              autoComplete="off"
              required
              value={givenName}
              error={show('givenName')}
              onChange={(e) => setGivenName(e.target.value)}
            />
            <TextField
              label={t('register.familyName')}
              name="familyName"
              autoComplete="off"
              required
              value={familyName}
              error={show('familyName')}
              onChange={(e) => setFamilyName(e.target.value)}
            />
          </div>
          <ChoiceGroup<Sex>
            type="radio"
            name="sex"
            inline
            requiredMark
            label={t('register.sex')}
            hint={t('register.sexHint')}
            options={(['female', 'male', 'unknown'] as const).map((value) => ({
              value,
              label: t(`sex.${value}`),
            }))}
            value={sex ? [sex] : []}
            error={show('sex')}
            onChange={(v) => setSex(v[0] ?? '')}
          />
          <CheckboxField
            name="protectedIdentity"
            label={t('register.protectedIdentity')}
            hint={t('register.protectedIdentityHint')}
            checked={protectedIdentity}
            onChange={(e) => setProtectedIdentity(e.target.checked)}
          />
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={register.isPending}>
              {register.isPending ? t('common.saving') : t('register.submit')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                focusLater(openButton);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
