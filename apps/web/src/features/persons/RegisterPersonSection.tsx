import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  DEFAULT_REGISTRATION_GROUND,
  registrationGround,
  type RegistrationGround,
  type Sex,
} from '@vardflata/contracts';
import { parseIdentityNumber } from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { focusLater } from '../../lib/focus';
import { todayInStockholm } from '../../lib/format';
import { useMe } from '../auth/session';
import { useRegisterPerson } from './queries';

const GROUNDS = registrationGround.options;

/**
 * "Register person at my unit": opens a care relation between the person and the caller's unit
 * on a stated ground. The answer never says whether the person was known before (security
 * fault 3), so the form says beforehand what happens then: what was registered is kept, and the
 * person's page shows what the caller may see.
 */
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
  const [ground, setGround] = useState<RegistrationGround>(DEFAULT_REGISTRATION_GROUND);
  const [protectedIdentity, setProtectedIdentity] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);

  const check = (): Errors => {
    const found: Errors = {};
    const parsed = parseIdentityNumber(number, todayInStockholm());
    if (!number.trim()) found.personalIdentityNumber = t('fieldErrors.required');
    else if (!parsed.ok) found.personalIdentityNumber = t(`pin.errors.${parsed.error}`);
    if (!givenName.trim()) found.givenName = t('fieldErrors.required');
    if (!familyName.trim()) found.familyName = t('fieldErrors.required');
    if (!sex) found.sex = t('register.sexRequired');
    return found;
  };

  const form = useFormSubmit({
    id: `${formId}-form`,
    check,
    send: () => {
      const parsed = parseIdentityNumber(number, todayInStockholm());
      return register.mutateAsync({
        personalIdentityNumber: parsed.ok ? parsed.value.normalized : number.trim(),
        givenName: givenName.trim(),
        familyName: familyName.trim(),
        sex: sex as Sex,
        ground,
        ...(protectedIdentity ? { protectedIdentity: true } : {}),
      });
    },
    onSuccess: (registered) =>
      navigate(`/persons/${registered.id}`, { state: { registered: true } }),
  });

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
              document
                .getElementById(`${formId}-form`)
                ?.querySelector<HTMLElement>('[name="personalIdentityNumber"]')
                ?.focus(),
            );
          }}
        >
          {t('register.open')}
        </button>
      ) : (
        <Form form={form} aria-labelledby={`${formId}-heading`}>
          <Form.Alerts />
          <p>{t('register.knownNote')}</p>
          <Form.Text
            path="personalIdentityNumber"
            label={t('register.number')}
            hint={t('register.numberHint')}
            name="personalIdentityNumber"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            required
            className="field-medium"
            {...bindValue(number, setNumber)}
          />
          <div className="field-row">
            <Form.Text
              path="givenName"
              label={t('register.givenName')}
              name="givenName"
              autoComplete="off"
              required
              {...bindValue(givenName, setGivenName)}
            />
            <Form.Text
              path="familyName"
              label={t('register.familyName')}
              name="familyName"
              autoComplete="off"
              required
              {...bindValue(familyName, setFamilyName)}
            />
          </div>
          <Form.Choices<Sex>
            type="radio"
            name="sex"
            path="sex"
            inline
            requiredMark
            label={t('register.sex')}
            hint={t('register.sexHint')}
            options={(['female', 'male', 'unknown'] as const).map((value) => ({
              value,
              label: t(`sex.${value}`),
            }))}
            value={sex ? [sex] : []}
            onChange={(v) => setSex(v[0] ?? '')}
          />
          <Form.Choices<RegistrationGround>
            type="radio"
            name="ground"
            path="ground"
            requiredMark
            label={t('register.ground')}
            hint={t('register.groundHint')}
            options={GROUNDS.map((value) => ({ value, label: t(`register.grounds.${value}`) }))}
            value={[ground]}
            onChange={(v) => setGround(v[0] ?? DEFAULT_REGISTRATION_GROUND)}
          />
          <Form.Checkbox
            name="protectedIdentity"
            label={t('register.protectedIdentity')}
            hint={t('register.protectedIdentityHint')}
            checked={protectedIdentity}
            onChange={(e) => setProtectedIdentity(e.target.checked)}
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
