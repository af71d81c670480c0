import { useEffect, useId, useRef, useState } from 'react';
import { addDays, REFERRAL_KINDS, REFERRAL_LABELS, type ReferralKind } from '@vardflata/domain';
import { isApiError } from '../../api';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { todayInStockholm } from '../../lib/format';
import { useOrganisations } from '../../lib/organisations';
import { useMe } from '../auth/session';
import { useCareT } from './i18n';
import { useSendReferral } from './queries';

/** A referral or consultation to a unit of another organisation (F6). */
export function SendReferralForm({
  personId,
  onCancel,
  onDone,
}: {
  personId: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t, text } = useCareT();
  const me = useMe();
  const organisations = useOrganisations();
  const send = useSendReferral(personId);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [kind, setKind] = useState<ReferralKind | ''>('');
  const [toUnitId, setToUnitId] = useState('');
  const [question, setQuestion] = useState('');
  const [missingConsent, setMissingConsent] = useState(false);
  const [dueOn, setDueOn] = useState(addDays(todayInStockholm(), 14));
  const others = (organisations.data ?? []).filter((o) => o.id !== me.organisation?.id);

  const form = useFormSubmit({
    check: () => {
      const found: Errors = {};
      if (!kind) found.kind = t('referrals.errors.kind');
      if (!toUnitId) found.toUnitId = t('referrals.errors.toUnitId');
      if (!question.trim()) found.question = t('referrals.errors.question');
      return found;
    },
    // A missing consent is said in the form's own words, with what to do.
    ownsProblem: (error) => {
      const missing = isApiError(error) && error.problem.missing?.includes('consent') === true;
      setMissingConsent(missing);
      return missing;
    },
    send: () =>
      send.mutateAsync({
        kind: kind as ReferralKind,
        toUnitId,
        question: question.trim(),
        dueOn: dueOn.trim(),
      }),
    onSuccess: onDone,
  });

  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('referrals.sendHeading')}
      </h3>
      <Form.Alerts />
      {missingConsent && (
        <div className="alert alert-warning" role="alert">
          <p>{t('referrals.missingConsent')}</p>
        </div>
      )}
      <Form.Select
        path="kind"
        label={t('referrals.fields.kind')}
        required
        {...bindValue(kind, (v) => setKind(v as ReferralKind | ''))}
      >
        <option value="">{t('common.choose')}</option>
        {REFERRAL_KINDS.map((k) => (
          <option key={k} value={k}>
            {text(REFERRAL_LABELS.kind[k])}
          </option>
        ))}
      </Form.Select>
      <Form.Select
        path="toUnitId"
        label={t('referrals.fields.toUnitId')}
        hint={t('referrals.fields.toUnitHint')}
        required
        {...bindValue(toUnitId, setToUnitId)}
      >
        <option value="">{t('common.choose')}</option>
        {others.map((o) => (
          <optgroup key={o.id} label={o.name}>
            {o.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </optgroup>
        ))}
      </Form.Select>
      <Form.TextArea
        path="question"
        label={t('referrals.fields.question')}
        required
        limit={4000}
        {...bindValue(question, setQuestion)}
      />
      <Form.Date
        path="dueOn"
        label={t('referrals.fields.dueOn')}
        required
        min={todayInStockholm()}
        {...bindValue(dueOn, setDueOn)}
      />
      <Form.Actions submitLabel={t('referrals.submit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}
