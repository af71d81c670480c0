import { Link, useNavigate } from 'react-router-dom';
import { missingForActivation } from '@vardflata/domain';
import { todayInStockholm } from '../../lib/format';
import { consentsPath, focusElement, MISSING_FIELD, sipPath } from './helpers';
import { useSipT } from './i18n';
import type { MissingCode, SipDetail, SipPlan } from './types';

/** What the domain says stops this plan (being edited) from becoming active, live. */
export function liveMissing(sip: SipDetail, plan: SipPlan): MissingCode[] {
  return missingForActivation(plan, {
    hasValidSipConsent: sip.consent.sip,
    today: todayInStockholm(),
  });
}

/** May the caller open the person overview (to record a consent)? Participants may not. */
export const seesPerson = (sip: SipDetail) => sip.ground !== 'sip';

/**
 * One missing item: a link that moves focus to the field that answers it, or for consent to
 * the consents on the person overview.
 */
export function MissingItem({
  code,
  sip,
  toField = true,
}: {
  code: MissingCode;
  sip: SipDetail;
  /** Link to the editor's field (false when the plan is shown read-only). */
  toField?: boolean;
}) {
  const { t } = useSipT();
  const navigate = useNavigate();
  if (code === 'consent') {
    return (
      <li>
        {seesPerson(sip) ? (
          <Link to={consentsPath(sip.personId)}>{t('missing.codes.consent')}</Link>
        ) : (
          <strong>{t('missing.codes.consent')}</strong>
        )}
        <span className="missing-hint">{t('missing.hints.consent')}</span>
      </li>
    );
  }
  const field = MISSING_FIELD[code];
  if (!toField) {
    return (
      <li>
        <strong>{t(`missing.codes.${code}`)}</strong>
        <span className="missing-hint">{t(`missing.hints.${code}`)}</span>
      </li>
    );
  }
  return (
    <li>
      <a
        href={`${sipPath(sip.id)}#${field}`}
        onClick={(event) => {
          event.preventDefault();
          // The field is in the plan section: go there first when another section is shown.
          if (!focusElement(field))
            navigate(sipPath(sip.id), { state: { inPage: true, focus: field } });
        }}
      >
        {t(`missing.codes.${code}`)}
      </a>
      <span className="missing-hint">{t(`missing.hints.${code}`)}</span>
    </li>
  );
}

/**
 * "Det här saknas": the plan's gaps by the law's five items and the consent, worked out by
 * the domain rules from the plan as it is being edited. Not a live region: it would talk
 * over the typing; its count is in the heading.
 */
export function MissingPanel({
  sip,
  plan,
  editable,
}: {
  sip: SipDetail;
  plan: SipPlan;
  editable: boolean;
}) {
  const { t } = useSipT();
  const missing = liveMissing(sip, plan);
  const active = sip.status === 'active';
  return (
    <section
      className={`card missing-panel${missing.length ? ' missing-some' : ' missing-none'}`}
      aria-labelledby="missing-heading"
      data-testid="missing-panel"
    >
      <h2 id="missing-heading">
        {t('missing.heading')}
        {missing.length > 0 && <span className="missing-count"> ({missing.length})</span>}
      </h2>
      {missing.length === 0 ? (
        <p className="missing-done">
          <span aria-hidden="true">✓ </span>
          {active ? t('missing.noneActive') : t('missing.none')}
        </p>
      ) : (
        <>
          <p className="small">
            {active ? t('missing.introActive') : t('missing.intro')}
            {editable && ` ${t('missing.introLinks')}`}
          </p>
          <ul className="missing-list">
            {missing.map((code) => (
              <MissingItem key={code} code={code} sip={sip} toField={editable} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
