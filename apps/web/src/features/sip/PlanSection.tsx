import { formatDateTime } from '../../lib/format';
import { isOpen, mayEditPlan } from './helpers';
import { useSipT } from './i18n';
import { MissingPanel } from './MissingPanel';
import { PlanEditor, type PlanEditorProps } from './PlanEditor';
import { PlanView } from './PlanView';
import { planOf, type SipDetail } from './types';

/** Why the plan is shown read-only here. */
function readOnlyReason(t: ReturnType<typeof useSipT>['t'], sip: SipDetail): string {
  if (!isOpen(sip)) return t('plan.readOnly.ended');
  if (sip.frozen) return t('plan.readOnly.frozen');
  if (!sip.mayEdit) return t('plan.readOnly.ground');
  return t('plan.readOnly.other');
}

/**
 * The plan section, first of the SIP page: the editor (or the plan to read) with the live list
 * of what is missing beside it, and a second save button there while changes are unsaved.
 */
export function PlanSection(props: PlanEditorProps) {
  const { sip, draft, saver } = props;
  const { t } = useSipT();
  const editable = mayEditPlan(sip);
  return (
    <div className={`sip-layout${isOpen(sip) ? '' : ' sip-layout-single'}`}>
      <div className="sip-main">
        {editable ? (
          <PlanEditor {...props} />
        ) : (
          <PlanView sip={sip} reason={readOnlyReason(t, sip)} />
        )}
      </div>
      {isOpen(sip) && (
        <aside className="sip-aside" aria-label={t('missing.heading')}>
          <MissingPanel sip={sip} plan={editable ? draft.plan : planOf(sip)} editable={editable} />
          {editable && draft.dirty && (
            <div className="aside-unsaved">
              <p>
                <span aria-hidden="true">● </span>
                {t('plan.unsaved')}
              </p>
              <button
                type="submit"
                form="plan-form"
                className="button button-primary"
                disabled={saver.pending}
              >
                {t('plan.saveChanges')}
              </button>
            </div>
          )}
          <p className="small">
            {t('plan.versionShort', {
              version: sip.version,
              at: formatDateTime(sip.planSavedAt),
            })}
          </p>
        </aside>
      )}
    </div>
  );
}
