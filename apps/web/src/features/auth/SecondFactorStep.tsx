import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from './session';

const SIX_DIGITS = /^\d{6}$/;

/** Step two of signing in: the six-digit code from the authenticator app. */
export function SecondFactorStep() {
  const { t } = useTranslation();
  const { submitSecondFactor, signOut } = useSession();
  const [code, setCode] = useState('');
  const [wrongCode, setWrongCode] = useState(false);
  const digits = code.replace(/\s/g, '');

  const form = useFormSubmit({
    check: (): Errors => (SIX_DIGITS.test(digits) ? {} : { code: t('fieldErrors.sixDigits') }),
    // A wrong code is said at the field, in words, and the field is emptied for the next try.
    ownsProblem: (error) => isApiError(error) && error.status === 401,
    send: async () => {
      setWrongCode(false);
      try {
        await submitSecondFactor(digits);
      } catch (error) {
        if (isApiError(error) && error.status === 401) {
          setWrongCode(true);
          setCode('');
        }
        throw error;
      }
    },
  });

  return (
    <div className="sign-in">
      <PageHeading title={t('secondFactor.title')}>{t('secondFactor.title')}</PageHeading>
      <Form form={form} className="card form">
        <p>{t('secondFactor.intro')}</p>
        {wrongCode && (
          <div className="alert alert-error" role="alert">
            <p>{t('secondFactor.wrongCode')}</p>
          </div>
        )}
        <Form.Alerts />
        <Form.Text
          path="code"
          label={t('secondFactor.code')}
          hint={t('secondFactor.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          className="field-short"
          // The only task on this page, reached right after submitting the password.
          autoFocus
          required
          {...bindValue(code, setCode)}
        />
        <Form.Actions
          submitLabel={t('secondFactor.submit')}
          cancel={{ onClick: () => void signOut() }}
        />
      </Form>
    </div>
  );
}
