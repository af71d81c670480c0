import { useEffect, useRef, useState } from 'react';
import { useFormSubmit } from '../../components/form';
import { todayInStockholm } from '../../lib/format';
import { ActDateField, ActionForm, type ActionProps } from './ActionForm';
import { missingOf, sipServerErrors } from './errors';
import { useSipT } from './i18n';
import { liveMissing, MissingItem } from './MissingPanel';
import type { PlanSaver } from './PlanEditor';
import { useActivate } from './queries';
import type { PlanDraft } from './usePlanDraft';

/** Thrown when the unsaved plan could not be saved first: the plan editor says why. */
const SAVE_FAILED = new Error('the plan was not saved');

/**
 * Makes the plan active. Unsaved changes are saved first. Refused with 422 and `missing`, the
 * list of what is missing is shown with a link to each field, and focus goes to it.
 */
export function ActivateForm({
  sip,
  draft,
  saver,
  onCancel,
  onDone,
}: ActionProps & { draft: PlanDraft; saver: PlanSaver }) {
  const { t } = useSipT();
  const activate = useActivate(sip.id);
  const missingRef = useRef<HTMLDivElement>(null);
  const [on, setOn] = useState(todayInStockholm());
  const [saveFailed, setSaveFailed] = useState(false);
  const form = useFormSubmit({
    server: sipServerErrors(t),
    ownsProblem: (error) => error === SAVE_FAILED || missingOf(error) !== null,
    send: async () => {
      setSaveFailed(false);
      if (draft.dirty && !(await saver.run(draft.plan, draft.baseVersion))) {
        setSaveFailed(true);
        throw SAVE_FAILED;
      }
      return activate.mutateAsync({ on });
    },
    onSuccess: () => onDone(t('activate.done')),
  });
  const missing = missingOf(activate.error);
  // The refusal lists what was missing then; what has been filled in since drops off.
  const live = liveMissing(sip, draft.plan);
  const stillMissing = (missing ?? []).filter((code) => live.includes(code));
  // Refused for what is missing: the list takes focus once it is on screen.
  const activateError = activate.error;
  useEffect(() => {
    if (missingOf(activateError)) missingRef.current?.focus();
  }, [activateError]);

  return (
    <ActionForm
      id="activate"
      form={form}
      title={t('activate.title')}
      intro={
        <>
          <p>{t('activate.intro')}</p>
          {draft.dirty && <p className="alert alert-warning">{t('activate.savesFirst')}</p>}
        </>
      }
      submitLabel={t('activate.submit')}
      onCancel={onCancel}
    >
      {saveFailed && (
        <div className="alert alert-error" role="alert">
          <p>{t('activate.saveFailed')}</p>
        </div>
      )}
      {missing && stillMissing.length === 0 && (
        <p className="alert alert-warning" data-testid="activate-now-complete">
          {t('activate.nowComplete')}
        </p>
      )}
      {missing && stillMissing.length > 0 && (
        <div
          ref={missingRef}
          tabIndex={-1}
          className="alert alert-error"
          role="alert"
          data-testid="activate-missing"
        >
          <p>
            <strong>{t('activate.missingTitle')}</strong> {t('activate.missingIntro')}
          </p>
          <ul className="missing-list">
            {stillMissing.map((code) => (
              <MissingItem key={code} code={code} sip={sip} />
            ))}
          </ul>
        </div>
      )}
      <ActDateField sip={sip} path="on" label={t('activate.on')} value={on} set={setOn} />
    </ActionForm>
  );
}
